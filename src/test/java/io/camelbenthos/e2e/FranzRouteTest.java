package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.kafka.EmbeddedKafkaBroker;
import io.camelbenthos.kafka.TopicReader;
import io.camelbenthos.kafka.TopicWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The franz-named components on the in-process broker: {@code kafka_franz} and {@code redpanda} inputs and outputs,
 * and {@code redpanda_common} with the top-level {@code redpanda} block.
 */
class FranzRouteTest {
    private static EmbeddedKafkaBroker kafka;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafkaBroker.start("127.0.0.1:0");
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    private static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void writeValues(String topic, int n) throws Exception {
        TopicWriter.create(kafka.bootstrapServers(), topic, 1);
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ProducerRecord<byte[], byte[]> r = TopicWriter.record(topic, 0, "k" + i, "v" + i);
            r.headers().add("kafka_key", "header wins".getBytes(StandardCharsets.UTF_8));
            records.add(r);
        }
        TopicWriter.write(kafka.bootstrapServers(), records);
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String key) {
        Header h = r.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void kafkaFranzInToRedpandaOut() throws Exception {
        String in = unique("franz_in");
        String out = unique("franz_out");
        writeValues(in, 5);
        try (RouteHarness route = RouteHarness.startYaml("franz.yaml", """
                input:
                  kafka_franz:
                    seed_brokers: [ %1$s ]
                    topics: [ %2$s ]
                    consumer_group: %3$s
                    commit_period: 100ms
                pipeline:
                  processors:
                    - mapping: |
                        root = content().uppercase()
                        meta seen_key = @kafka_key
                        meta other = "not sent"
                output:
                  redpanda:
                    seed_brokers: [ %1$s ]
                    topic: %4$s
                    key: ${! @kafka_partition }-${! @kafka_offset }
                    metadata:
                      include_prefixes: [ seen_ ]
                """.formatted(kafka.bootstrapServers(), in, unique("g"), out), Map.of())) {
            List<ConsumerRecord<byte[], byte[]>> got = TopicReader.readAll(kafka.bootstrapServers(), out, 5);
            assertThat(got).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .as("checkpoint_limit 1024: processed in parallel, in any order")
                    .containsExactlyInAnyOrder("V0", "V1", "V2", "V3", "V4");
            ConsumerRecord<byte[], byte[]> v2 = got.stream()
                    .filter(r -> new String(r.value(), StandardCharsets.UTF_8).equals("V2")).findFirst().orElseThrow();
            assertThat(new String(v2.key(), StandardCharsets.UTF_8)).isEqualTo("0-2");
            assertThat(header(v2, "seen_key")).as("franz: record headers override kafka_*").isEqualTo("header wins");
            assertThat(header(v2, "other")).as("only included metadata is sent").isNull();
            assertThat(header(v2, "kafka_key")).isNull();
        }
    }

    @Test
    void redpandaCommonUsesTheTopLevelBlock() throws Exception {
        String in = unique("rp_in");
        String out = unique("rp_out");
        writeValues(in, 20);
        try (RouteHarness route = RouteHarness.startYaml("rp.yaml", """
                redpanda:
                  seed_brokers: [ %1$s ]
                input:
                  redpanda:
                    topics: [ "%2$s:0" ]
                output:
                  redpanda_common:
                    topic: %3$s
                """.formatted(kafka.bootstrapServers(), in, out), Map.of())) {
            List<ConsumerRecord<byte[], byte[]>> got = TopicReader.readAll(kafka.bootstrapServers(), out, 20);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                expected.add("v" + i);
            }
            assertThat(got).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .as("ordered mode: a partition's messages one after the other").containsExactlyElementsOf(expected);
        }
    }
}
