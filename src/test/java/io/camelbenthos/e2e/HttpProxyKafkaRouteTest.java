package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.kafka.EmbeddedKafkaBroker;
import io.camelbenthos.kafka.TopicReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** routes/http_proxy_kafka.yaml: a proxy that also records every request body in Kafka. */
class HttpProxyKafkaRouteTest {
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
    void proxiesAndSendsTheRequestToKafka() throws Exception {
        try (Downstream downstream = new Downstream();
             RouteHarness route = RouteHarness.start("http_proxy_kafka.yaml",
                     Map.of("KAFKA_ADDRESSES", kafka.bootstrapServers()),
                     "output.broker.outputs.1.http_client.url=" + downstream.url())) {
            var response = route.post("foo bar");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("proxied: foo bar");
            assertThat(downstream.received()).containsExactly("foo bar");
            assertThat(TopicReader.readAll(kafka.bootstrapServers(), "foo_topic", 1))
                    .extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).containsExactly("foo bar");
        }
    }
}
