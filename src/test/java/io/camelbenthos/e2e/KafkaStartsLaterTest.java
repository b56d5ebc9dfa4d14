package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.kafka.EmbeddedKafkaBroker;
import io.camelbenthos.kafka.TopicReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

/**
 * The Kafka examples started before their broker, as Benthos runs them: the stream comes up, {@code /ready} names the
 * unreachable broker, a request meanwhile gets its 408 (never a 200 or an error), and once the broker starts the
 * output connects: the message that timed out is written after all, and the next request is answered.
 */
class KafkaStartsLaterTest {
    private static final String TIMEOUT = "input.http_server.timeout=3s";

    @Test
    void fanOutWritesWhatWaitedOnceTheBrokerIsUp() throws Exception {
        String address = "127.0.0.1:" + AvailablePortFinder.find().getPort();
        try (RouteHarness route = RouteHarness.start("fan_out_kafka.yaml", Map.of("KAFKA_ADDRESSES", address), TIMEOUT)) {
            assertWaitingFor(route, address, route.post("early"));

            try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(address)) {
                assertThat(values(kafka, 1)).containsExactly("early");
                awaitReady(route, r -> r.statusCode() == 200);

                var late = route.post("late");

                assertThat(late.statusCode()).isEqualTo(200);
                assertThat(late.body()).isEqualTo("LATE");
                assertThat(values(kafka, 2)).containsExactly("early", "late");
            }
        }
    }

    @Test
    void aLoneKafkaOutputWritesWhatWaitedOnceTheBrokerIsUp() throws Exception {
        String address = "127.0.0.1:" + AvailablePortFinder.find().getPort();
        try (RouteHarness route = RouteHarness.start("sync_response_processor.yaml", Map.of("KAFKA_ADDRESSES", address),
                TIMEOUT)) {
            assertWaitingFor(route, address, route.post("early"));

            try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(address)) {
                assertThat(values(kafka, 1)).containsExactly("EARLY BAZ");
                awaitReady(route, r -> r.statusCode() == 200);

                var late = route.post("late");

                assertThat(late.statusCode()).isEqualTo(200);
                assertThat(late.body()).isEqualTo("late baz");
                assertThat(values(kafka, 2)).containsExactly("EARLY BAZ", "LATE BAZ");
            }
        }
    }

    /**
     * Before the output ever connected, a message is held, not written: {@code max_elapsed_time} (here shorter than
     * the input's timeout) does not apply to it, so the client gets its 408, not a 502 for a write that failed.
     */
    @Test
    void aMessageWaitingForTheFirstConnectionIsNotFailedByTheWriteBackoff() throws Exception {
        String address = "127.0.0.1:" + AvailablePortFinder.find().getPort();
        try (RouteHarness route = RouteHarness.start("sync_response_processor.yaml", Map.of("KAFKA_ADDRESSES", address),
                TIMEOUT, "output.kafka.backoff.max_elapsed_time=1s")) {
            assertWaitingFor(route, address, route.post("early"));
        }
    }

    /** The request timed out, and /ready says why: the broker's address refuses connections. */
    private static void assertWaitingFor(RouteHarness route, String address, HttpResponse<String> response)
            throws Exception {
        assertThat(response.statusCode()).isEqualTo(408);
        assertThat(response.body()).isEqualTo("Request timed out\n");
        HttpResponse<String> ready = awaitReady(route, r -> r.body().contains("\"error\""));
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("\"connected\":false,\"error\":\"kafka: client has run out of available "
                + "brokers to talk to: dial tcp " + address + ": connect: connection refused\"");
    }

    /** Asks /ready until the answer satisfies {@code done}: the output connects in the background. */
    private static HttpResponse<String> awaitReady(RouteHarness route, Predicate<HttpResponse<String>> done)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> r = route.get("/ready");
        while (!done.test(r) && System.nanoTime() < deadline) {
            Thread.sleep(50); // polling an HTTP endpoint: there is nothing to wait on in-process
            r = route.get("/ready");
        }
        return r;
    }

    private static List<String> values(EmbeddedKafkaBroker kafka, int expected) {
        return TopicReader.readAll(kafka.bootstrapServers(), "foo_topic", expected).stream()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
    }
}
