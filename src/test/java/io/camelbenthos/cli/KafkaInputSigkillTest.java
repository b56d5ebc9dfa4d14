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
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At least once across a crash: {@code camel-benthos run} with a {@code kafka} input is killed with SIGKILL while
 * messages are in flight (the downstream service holds their requests), restarted, and every record reaches the
 * downstream service at least once, because only acked offsets were ever committed.
 */
class KafkaInputSigkillTest {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final int RECORDS = 300;
    private static EmbeddedKafkaBroker kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafkaBroker.start("127.0.0.1:0");
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void everyRecordIsProcessedAtLeastOnceAcrossAKill() throws Exception {
        String topic = "sigkill_" + System.nanoTime();
        TopicWriter.create(kafka.bootstrapServers(), topic, 2);
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            records.add(TopicWriter.record(topic, i % 2, null, "r" + i));
        }
        TopicWriter.write(kafka.bootstrapServers(), records);

        try (HttpSink sink = new HttpSink()) {
            Path config = dir.resolve("consume.yaml");
            Files.writeString(config, """
                    input:
                      kafka:
                        addresses: [ %s ]
                        topics: [ %s ]
                        consumer_group: sigkill
                        checkpoint_limit: 16
                        commit_period: 100ms
                    output:
                      http_client:
                        url: %s
                        verb: POST
                    """.formatted(kafka.bootstrapServers(), topic, sink.url()));
            Path log = dir.resolve("run.log");

            try (RunnerProcess first = RunnerProcess.start(config, log, Map.of())) {
                await().atMost(WAIT).until(() -> sink.accepted().size() >= RECORDS / 3);
                sink.hold(); // the next requests stay unanswered: those messages are in flight when the run dies
                await().atMost(WAIT).until(() -> sink.pending() > 0);
                first.kill();
            }
            sink.discardHeld();
            int acceptedAtKill = sink.accepted().size();
            assertThat(distinct(sink)).as("the kill came mid-stream").hasSizeLessThan(RECORDS);

            try (RunnerProcess second = RunnerProcess.start(config, log, Map.of())) {
                await().atMost(WAIT).until(() -> distinct(sink).size() == RECORDS);
                assertThat(sink.accepted().size()).as("some were processed again, none lost")
                        .isGreaterThanOrEqualTo(RECORDS).isGreaterThan(acceptedAtKill);
            }
        }
    }

    private static Set<String> distinct(HttpSink sink) {
        return new HashSet<>(sink.accepted());
    }
}
