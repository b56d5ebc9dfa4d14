package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint} of the Kafka inputs: Benthos's own rules and texts, at the field that breaks them. */
class KafkaInputsLintTest {
    @TempDir
    Path dir;

    private String lint(String yaml) throws Exception {
        Path f = Files.writeString(dir.resolve("k.yaml"), yaml);
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "lint", f.toString());
        assertThat(code).as(err.toString()).isEqualTo(1);
        return err.toString().replace(f.toString(), "k.yaml").strip();
    }

    @Test
    void kafkaBalancedTopicsNeedAConsumerGroup() throws Exception {
        assertThat(lint("""
                input:
                  kafka:
                    addresses: [ localhost:9092 ]
                    topics: [ foo ]
                """)).endsWith("a consumer group must be specified when consuming balanced topics");
    }

    @Test
    void kafkaRefusesMixedTopicsAndExplicitOffsets() throws Exception {
        assertThat(lint("""
                input:
                  kafka:
                    addresses: [ localhost:9092 ]
                    topics: [ foo, "bar:1" ]
                    consumer_group: g
                """)).isEqualTo("k.yaml:4:13: it is not currently possible to include balanced and explicit "
                + "partition topics in the same kafka input");
        assertThat(lint("""
                input:
                  kafka:
                    addresses: [ localhost:9092 ]
                    topics: [ "foo:0:10" ]
                """)).endsWith("topic 'foo:0:10' is invalid, explicit offsets are not supported by this input");
    }

    @Test
    void orderedRedpandaRefusesABatchThatCouldNeverFill() throws Exception {
        assertThat(lint("""
                input:
                  redpanda:
                    seed_brokers: [ localhost:9092 ]
                    topics: [ foo ]
                    consumer_group: g
                    unordered_processing:
                      batching:
                        count: 10
                """)).endsWith("redpanda: unordered_processing.batching needs unordered_processing.enabled: true");
    }

    @Test
    void franzRules() throws Exception {
        assertThat(lint("""
                input:
                  kafka_franz:
                    seed_brokers: [ localhost:9092 ]
                    topics: [ foo ]
                """)).endsWith("a consumer group is mandatory when not using explicit topic partitions");
        assertThat(lint("""
                input:
                  kafka_franz:
                    seed_brokers: [ localhost:9092 ]
                    topics: [ "foo:0" ]
                    consumer_group: g
                """)).endsWith("this input does not support both a consumer group and explicit topic partitions");
        assertThat(lint("""
                input:
                  redpanda:
                    seed_brokers: [ localhost:9092 ]
                    topics: [ foo ]
                    consumer_group: g
                    start_from_oldest: false
                """)).endsWith("start_from_oldest cannot be set to false when start_offset is set to earliest");
        assertThat(lint("""
                input:
                  redpanda:
                    topics: [ foo ]
                    consumer_group: g
                """)).endsWith("redpanda: at least one broker address is required");
    }
}
