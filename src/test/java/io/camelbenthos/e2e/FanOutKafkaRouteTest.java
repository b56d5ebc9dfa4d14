package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.kafka.EmbeddedKafkaBroker;
import io.camelbenthos.kafka.TopicReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** routes/fan_out_kafka.yaml: Kafka gets the message unchanged, the client the sync_response child's copy. */
class FanOutKafkaRouteTest {
    private static EmbeddedKafkaBroker kafka;

    @BeforeAll
    static void startKafka() {
        kafka = E2eKafka.start("foo_topic");
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void sendsTheOriginalToKafkaAndRepliesUppercased() throws Exception {
        try (RouteHarness route = RouteHarness.start("fan_out_kafka.yaml",
                Map.of("KAFKA_ADDRESSES", kafka.bootstrapServers()))) {
            var response = route.post("foo bar");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("FOO BAR");
            assertThat(TopicReader.readAll(kafka.bootstrapServers(), "foo_topic", 1))
                    .extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).containsExactly("foo bar");
        }
    }

    /** fan_out retries the failing Kafka child forever, so the client is never acked: 408 after the timeout. */
    @Test
    void neverRepliesOkWhileKafkaIsUnreachable() throws Exception {
        String nowhere = "127.0.0.1:" + AvailablePortFinder.find().getPort();
        try (RouteHarness route = RouteHarness.start("fan_out_kafka.yaml", Map.of("KAFKA_ADDRESSES", nowhere),
                "input.http_server.timeout=1s")) {
            var response = route.post("foo bar");

            assertThat(response.statusCode()).isEqualTo(408);
            assertThat(response.body()).isEqualTo("Request timed out\n");
        }
    }
}
