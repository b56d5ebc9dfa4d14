package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.kafka.EmbeddedKafkaBroker;
import io.camelbenthos.kafka.TopicWriter;
import io.camelbenthos.testing.HttpSink;
import io.camelbenthos.testing.RunnerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out: two {@code camel-benthos run} processes with the same {@code kafka} input config share the topic's
 * partitions through the consumer group; when one is killed (SIGKILL) the other takes its partitions over after the
 * group's session timeout and nothing is lost.
 */
class KafkaScaleOutTest {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final int PARTITIONS = 4;
    private static EmbeddedKafkaBroker kafka;

    @TempDir
    Path dir;

    private final AtomicInteger written = new AtomicInteger();
    private final Set<String> values = new HashSet<>();

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafkaBroker.start("127.0.0.1:0");
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void twoRunnersShareTheGroupAndOneTakesOverWhenTheOtherDies() throws Exception {
        String topic = "scale_" + System.nanoTime();
        TopicWriter.create(kafka.bootstrapServers(), topic, PARTITIONS);
        try (HttpSink sink = new HttpSink()) {
            Path config = dir.resolve("worker.yaml");
            Files.writeString(config, """
                    input:
                      kafka:
                        addresses: [ %s ]
                        topics: [ %s ]
                        consumer_group: workers
                        commit_period: 100ms
                        group:
                          session_timeout: 6s
                          heartbeat_interval: 1s
                    pipeline:
                      processors:
                        - mapping: 'root = content().string() + "|${WORKER}"'
                    output:
                      http_client:
                        url: %s
                        verb: POST
                    """.formatted(kafka.bootstrapServers(), topic, sink.url()));
            try (RunnerProcess a = RunnerProcess.start(config, dir.resolve("a.log"), Map.of("WORKER", "a"));
                 RunnerProcess b = RunnerProcess.start(config, dir.resolve("b.log"), Map.of("WORKER", "b"))) {
                a.awaitReady();
                b.awaitReady();
                // until the group has settled with both members, each one gets some of the partitions' records
                await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
                    write(topic, "early", PARTITIONS * 2);
                    return workers(sink, "early").containsAll(List.of("a", "b"));
                });

                a.kill();
                write(topic, "late", 100);

                await().atMost(WAIT).until(() -> processed(sink).containsAll(values));
                assertThat(workers(sink, "late")).as("b took over a's partitions").containsExactly("b");
            }
        }
    }

    private void write(String topic, String prefix, int n) throws Exception {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String value = prefix + written.incrementAndGet();
            values.add(value);
            records.add(TopicWriter.record(topic, i % PARTITIONS, null, value));
        }
        TopicWriter.write(kafka.bootstrapServers(), records);
    }

    /** The record values the sink accepted. */
    private static Set<String> processed(HttpSink sink) {
        return sink.accepted().stream().map(b -> b.substring(0, b.indexOf('|'))).collect(Collectors.toSet());
    }

    /** Which workers processed records whose value starts with {@code prefix}. */
    private static Set<String> workers(HttpSink sink, String prefix) {
        return sink.accepted().stream().filter(b -> b.startsWith(prefix))
                .map(b -> b.substring(b.indexOf('|') + 1)).collect(Collectors.toSet());
    }
}
