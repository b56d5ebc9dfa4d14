package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.kafka.EmbeddedKafkaBroker;
import io.camelbenthos.kafka.TopicReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kafka output's per-message topic and key, and Benthos's default fnv1a partitioning, from a request through
 * the real runtime to records read back from the broker.
 */
class KafkaInterpolationEndToEndTest {
    private static final String CONFIG = """
            input:
              http_server:
                path: /post
            output:
              kafka:
                addresses: [ ${KAFKA_ADDRESSES} ]
                topic: 'events_${! meta("X-Tenant") }'
                key: '${! content().string() }'
                metadata:
                  exclude_prefixes: [ "http_server_", "User-Agent", "Content-" ]
                static_headers:
                  origin: camel-benthos
            """;
    private static EmbeddedKafkaBroker kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = EmbeddedKafkaBroker.start("127.0.0.1:0");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("events_acme", 4, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void topicKeyAndPartitionFollowTheMessage() throws Exception {
        // Partitions of these keys among 4 under Sarama's FNV-1a hash partitioner (see Fnv1aHashPartitionerTest).
        Map<String, Integer> sarama = Map.of("foo", 1, "bar", 2, "hello", 3, "a", 0);
        try (RouteHarness route = RouteHarness.startYaml("interpolation.yaml", CONFIG,
                Map.of("KAFKA_ADDRESSES", kafka.bootstrapServers()))) {
            for (String key : sarama.keySet()) {
                assertThat(route.post(key, "X-Tenant", "acme").statusCode()).isEqualTo(200);
            }
        }

        var records = TopicReader.readAll(kafka.bootstrapServers(), "events_acme", sarama.size());
        assertThat(records).hasSize(sarama.size()).allSatisfy(r -> {
            String key = new String(r.key(), StandardCharsets.UTF_8);
            assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo(key);
            assertThat(r.partition()).as("partition of %s", key).isEqualTo(sarama.get(key));
            assertThat(new String(r.headers().lastHeader("X-Tenant").value(), StandardCharsets.UTF_8)).isEqualTo("acme");
            assertThat(new String(r.headers().lastHeader("origin").value(), StandardCharsets.UTF_8))
                    .isEqualTo("camel-benthos");
            assertThat(r.headers().lastHeader("http_server_verb")).isNull();
        });
    }
}
