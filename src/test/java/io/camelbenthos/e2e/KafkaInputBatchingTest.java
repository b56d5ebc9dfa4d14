package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.kafka.EmbeddedKafkaBroker;
import io.camelbenthos.kafka.TopicWriter;
import io.camelbenthos.testing.HttpSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code batching} on the {@code kafka} input, on an in-process broker: a completed batch reaches the processors as one
 * transaction (an {@code archive} sees all its messages), and while a batch is nacked and replayed the group's commit
 * stays at the end of the acked prefix.
 */
class KafkaInputBatchingTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
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

    @Test
    void aBatchIsOneTransactionAndCommitsFollowTheAckedPrefix() throws Exception {
        String topic = unique("batched");
        String group = unique("g");
        TopicWriter.create(kafka.bootstrapServers(), topic, 1);
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(TopicWriter.record(topic, 0, null, "m" + i));
        }
        TopicWriter.write(kafka.bootstrapServers(), records);

        try (HttpSink sink = new HttpSink()) {
            sink.failWhen(body -> body.contains("m7"));
            try (RouteHarness route = RouteHarness.startYaml("batched.yaml", """
                    input:
                      kafka:
                        addresses: [ %s ]
                        topics: [ %s ]
                        consumer_group: %s
                        commit_period: 100ms
                        batching:
                          count: 5
                      processors:
                        - archive:
                            format: lines
                    output:
                      http_client:
                        url: %s
                        verb: POST
                        retries: 0
                    """.formatted(kafka.bootstrapServers(), topic, group, sink.url()), Map.of())) {
                await().atMost(WAIT).until(() -> sink.accepted().size() == 1 && sink.refused().size() >= 3);
                assertThat(sink.accepted()).containsExactly("m0\nm1\nm2\nm3\nm4");
                // the second batch keeps failing: the commit stays after the first
                await().atMost(WAIT).until(() -> TopicWriter.committed(kafka.bootstrapServers(), group, topic, 0) == 5);
                int refusedBefore = sink.refused().size();
                await().atMost(WAIT).until(() -> sink.refused().size() >= refusedBefore + 3);
                assertThat(TopicWriter.committed(kafka.bootstrapServers(), group, topic, 0)).isEqualTo(5);
                assertThat(sink.refused()).allMatch(b -> b.lines().count() == 5, "replayed as a whole batch");

                sink.failWhen(body -> false);

                await().atMost(WAIT).until(() -> TopicWriter.committed(kafka.bootstrapServers(), group, topic, 0) == 10);
                assertThat(sink.accepted()).containsExactly("m0\nm1\nm2\nm3\nm4", "m5\nm6\nm7\nm8\nm9");
            }
        }
    }
}
