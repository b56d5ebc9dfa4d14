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

/**
 * Whole configs with a {@code switch} output behind {@code http_server}: each message goes to the cases it matches,
 * the reply is sent once every targeted case acked (a real Kafka broker, a real HTTP service), and a failing case or
 * an unmatched message under {@code strict_mode} is the 502.
 */
class SwitchRouteTest {
    private static EmbeddedKafkaBroker kafka;

    @BeforeAll
    static void startKafka() {
        kafka = E2eKafka.start("orders", "orders_strict");
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    private static final String ROUTER = """
            input:
              http_server:
                path: /post
            output:
              switch:
                cases:
                  - check: this.kind == "order"
                    continue: true
                    output:
                      kafka:
                        addresses: [ ${KAFKA_ADDRESSES} ]
                        topic: orders
                  - check: this.kind == "order"
                    output:
                      sync_response: {}
                      processors:
                        - mapping: 'root = "stored " + this.id.string()'
                  - check: this.kind == "proxy"
                    output:
                      http_client:
                        url: ${DOWNSTREAM}
                        propagate_response: true
                  - output:
                      sync_response: {}
                      processors:
                        - mapping: 'root = "no route for " + content().string()'
            """;

    @Test
    void eachMessageIsAnsweredByTheCasesItMatched() throws Exception {
        try (Downstream downstream = new Downstream();
             RouteHarness route = RouteHarness.startYaml("switch.yaml", ROUTER,
                     Map.of("KAFKA_ADDRESSES", kafka.bootstrapServers(), "DOWNSTREAM", downstream.url()))) {
            var order = route.post("{\"kind\":\"order\",\"id\":7}");
            var proxied = route.post("{\"kind\":\"proxy\"}");
            var other = route.post("{\"kind\":\"other\"}");

            assertThat(order.statusCode()).isEqualTo(200);
            assertThat(order.body()).isEqualTo("stored 7");
            assertThat(TopicReader.readAll(kafka.bootstrapServers(), "orders", 1))
                    .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .containsExactly("{\"kind\":\"order\",\"id\":7}");
            assertThat(proxied.body()).isEqualTo("proxied: {\"kind\":\"proxy\"}");
            assertThat(downstream.received()).containsExactly("{\"kind\":\"proxy\"}");
            assertThat(other.body()).isEqualTo("no route for {\"kind\":\"other\"}");
        }
    }

    /** A targeted case that fails nacks the message even though another case already stored a reply. */
    @Test
    void aFailingCaseIsThe502() throws Exception {
        String refused = "http://127.0.0.1:" + AvailablePortFinder.find().getPort() + "/post";
        try (RouteHarness route = RouteHarness.startYaml("switch.yaml", """
                input:
                  http_server:
                    path: /post
                output:
                  switch:
                    cases:
                      - continue: true
                        output:
                          sync_response: {}
                      - output:
                          http_client:
                            url: %s
                            retries: 0
                """.formatted(refused), Map.of())) {
            var response = route.post("foo bar");

            assertThat(response.statusCode()).isEqualTo(502);
            assertThat(response.body()).containsIgnoringCase("connection refused");
        }
    }

    /** With retry_until_success the failing case is retried and never acks, so the client gets the 408, never a 200. */
    @Test
    void withRetryUntilSuccessNoReplyIsSentBeforeEveryCaseAcked() throws Exception {
        String refused = "http://127.0.0.1:" + AvailablePortFinder.find().getPort() + "/post";
        try (RouteHarness route = RouteHarness.startYaml("switch.yaml", """
                input:
                  http_server:
                    path: /post
                    timeout: 1s
                output:
                  switch:
                    retry_until_success: true
                    cases:
                      - continue: true
                        output:
                          sync_response: {}
                      - output:
                          http_client:
                            url: %s
                            retries: 0
                """.formatted(refused), Map.of())) {
            var response = route.post("foo bar");

            assertThat(response.statusCode()).isEqualTo(408);
            assertThat(response.body()).isEqualTo("Request timed out\n");
        }
    }

    @Test
    void anUnmatchedMessageIsAckedOrUnderStrictModeNacked() throws Exception {
        String cases = """
                    cases:
                      - check: content() == "a"
                        output:
                          kafka:
                            addresses: [ ${KAFKA_ADDRESSES} ]
                            topic: orders_strict
                      - check: content() == "b"
                        output:
                          drop: {}
                """;
        String config = """
                input:
                  http_server:
                    path: /post
                output:
                  switch:
                """;
        Map<String, String> env = Map.of("KAFKA_ADDRESSES", kafka.bootstrapServers());
        try (RouteHarness route = RouteHarness.startYaml("switch.yaml", config + cases, env)) {
            var response = route.post("c");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEmpty();
        }
        try (RouteHarness route = RouteHarness.startYaml("switch.yaml", config + "    strict_mode: true\n" + cases, env)) {
            var unmatched = route.post("c");
            var matched = route.post("a");
            assertThat(unmatched.statusCode()).isEqualTo(502);
            assertThat(unmatched.body()).isEqualTo("no switch output conditions were met by message\n");
            assertThat(matched.statusCode()).isEqualTo(200);
            assertThat(TopicReader.readAll(kafka.bootstrapServers(), "orders_strict", 1))
                    .extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).containsExactly("a");
        }
    }
}
