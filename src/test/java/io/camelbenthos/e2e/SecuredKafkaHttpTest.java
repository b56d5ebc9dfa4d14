package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.kafka.EmbeddedKafkaBroker;
import io.camelbenthos.kafka.TopicReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * http_server into a SASL-authenticated kafka output, as a user would configure it: the client gets its 200 only once
 * the broker acked the record, and a refused login is a nack (502 with the client's error), never a 200.
 */
class SecuredKafkaHttpTest {
    private static final String CONFIG = """
            input:
              http_server:
                path: /post
            output:
              kafka:
                addresses: [ "${KAFKA_ADDRESSES}" ]
                topic: secured_http
                sasl:
                  mechanism: SCRAM-SHA-256
                  user: alice
                  password: "${KAFKA_PASSWORD}"
                backoff:
                  max_elapsed_time: 5s
            """;
    private static EmbeddedKafkaBroker kafka;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafkaBroker.builder("127.0.0.1:0").user("alice", "alice-secret").saslPlaintextListener().start();
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    private static HttpResponse<String> post(String password, String body) throws Exception {
        try (RouteHarness route = RouteHarness.startYaml("secured.yaml", CONFIG,
                Map.of("KAFKA_ADDRESSES", kafka.bootstrapServers("SASL_PLAINTEXT"), "KAFKA_PASSWORD", password))) {
            return route.post(body);
        }
    }

    @Test
    void theRightPasswordWritesTheRecordBeforeThe200() throws Exception {
        HttpResponse<String> response = post("alice-secret", "authenticated");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TopicReader.readAll(kafka.bootstrapServers(), "secured_http", 1))
                .extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).containsExactly("authenticated");
    }

    @Test
    void aWrongPasswordIsANackNotA200() throws Exception {
        HttpResponse<String> response = post("wrong", "refused");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).contains("Authentication failed");
    }
}
