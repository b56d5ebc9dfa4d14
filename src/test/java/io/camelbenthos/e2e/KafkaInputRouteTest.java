package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.kafka.EmbeddedKafkaBroker;
import io.camelbenthos.kafka.TopicWriter;
import io.camelbenthos.testing.HttpSink;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code kafka} input on an in-process broker: order, metadata, commits of the acked prefix, nacks replayed,
 * input batching.
 */
class KafkaInputRouteTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
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

    /** A new one-partition topic holding the messages m0, m1, ... */
    private static String topicOfMessages(String prefix, int count) throws Exception {
        String topic = unique(prefix);
        TopicWriter.create(kafka.bootstrapServers(), topic, 1);
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(TopicWriter.record(topic, 0, null, "m" + i));
        }
        TopicWriter.write(kafka.bootstrapServers(), records);
        return topic;
    }

    /** A kafka input to an http_client output on {@code sink}; the pipeline writes content and metadata as JSON. */
    private static String config(String input, HttpSink sink) {
        return """
                input:
                %s
                pipeline:
                  processors:
                    - mapping: 'root = {"v": content().string(), "meta": @}'
                output:
                  http_client:
                    url: %s
                    verb: POST
                    retries: 0
                """.formatted(input.indent(2).stripTrailing(), sink.url());
    }

    @Test
    void deliversAPartitionInOrderWithBenthosMetadata() throws Exception {
        String topic = unique("in_order");
        TopicWriter.create(kafka.bootstrapServers(), topic, 1);
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ProducerRecord<byte[], byte[]> r = TopicWriter.record(topic, 0, "k" + i, "v" + i);
            r.headers().add("h", ("x" + i).getBytes(StandardCharsets.UTF_8));
            r.headers().add("kafka_key", "from header".getBytes(StandardCharsets.UTF_8));
            records.add(r);
        }
        records.add(TopicWriter.record(topic, 0, null, null));
        TopicWriter.write(kafka.bootstrapServers(), records);

        try (HttpSink sink = new HttpSink();
             RouteHarness route = RouteHarness.startYaml("in_order.yaml", config("""
                     kafka:
                       addresses: [ %s ]
                       topics: [ %s ]
                       consumer_group: %s
                       checkpoint_limit: 1
                     """.formatted(kafka.bootstrapServers(), topic, unique("g")), sink), Map.of())) {
            await().atMost(WAIT).until(() -> sink.accepted().size() >= 21);

            List<JsonNode> got = new ArrayList<>();
            for (String body : sink.accepted()) {
                got.add(JSON.readTree(body));
            }
            assertThat(got).extracting(j -> j.get("v").asText())
                    .containsExactlyElementsOf(expectedValues());
            JsonNode third = got.get(3).get("meta");
            assertThat(third.get("kafka_key").asText()).as("kafka_* keys are written after the headers").isEqualTo("k3");
            assertThat(third.get("h").asText()).isEqualTo("x3");
            assertThat(third.get("kafka_topic").asText()).isEqualTo(topic);
            assertThat(third.get("kafka_partition").isIntegralNumber()).isTrue();
            assertThat(third.get("kafka_partition").asLong()).isZero();
            assertThat(third.get("kafka_offset").asLong()).isEqualTo(3);
            assertThat(third.get("kafka_lag").asLong()).isBetween(0L, 17L);
            assertThat(third.get("kafka_timestamp_ms").asLong())
                    .isBetween(System.currentTimeMillis() - 120_000, System.currentTimeMillis());
            assertThat(third.get("kafka_timestamp_unix").asLong())
                    .isEqualTo(third.get("kafka_timestamp_ms").asLong() / 1000);
            assertThat(third.get("kafka_tombstone_message").asBoolean()).isFalse();
            JsonNode tombstone = got.get(20).get("meta");
            assertThat(tombstone.get("kafka_tombstone_message").asBoolean()).isTrue();
            assertThat(tombstone.get("kafka_key").asText()).isEmpty();
            assertThat(tombstone.get("kafka_lag").asLong()).isZero();
        }
    }

    private static List<String> expectedValues() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            values.add("v" + i);
        }
        values.add("");
        return values;
    }

    /**
     * A nacked message is replayed until delivered, and while it is pending the group's committed offset stays on it,
     * however many later messages were acked; once it goes through the commit moves past everything.
     */
    @Test
    void commitsOnlyTheAckedPrefixAndReplaysNacks() throws Exception {
        String topic = topicOfMessages("prefix", 10);
        String group = unique("g");

        try (HttpSink sink = new HttpSink()) {
            sink.failWhen(body -> body.contains("\"m3\""));
            try (RouteHarness route = RouteHarness.startYaml("prefix.yaml", config("""
                    kafka:
                      addresses: [ %s ]
                      topics: [ %s ]
                      consumer_group: %s
                      commit_period: 100ms
                    """.formatted(kafka.bootstrapServers(), topic, group), sink), Map.of())) {
                await().atMost(WAIT).until(() -> sink.accepted().size() == 9 && sink.refused().size() >= 3);
                // a few commit periods with m3 still failing: the commit stays at 3
                await().atMost(WAIT).until(() -> TopicWriter.committed(kafka.bootstrapServers(), group, topic, 0) == 3);
                int refusedBefore = sink.refused().size();
                await().atMost(WAIT).until(() -> sink.refused().size() >= refusedBefore + 3);
                assertThat(TopicWriter.committed(kafka.bootstrapServers(), group, topic, 0)).isEqualTo(3);

                sink.failWhen(body -> false);

                await().atMost(WAIT).until(() -> TopicWriter.committed(kafka.bootstrapServers(), group, topic, 0) == 10);
                assertThat(sink.accepted()).hasSize(10).anyMatch(b -> b.contains("\"m3\""));
            }
        }
    }

    /** With auto_replay_nacks: false a nacked message is dropped and its offset committed, as Benthos does. */
    @Test
    void withoutReplayANackIsDroppedAndCommitted() throws Exception {
        String topic = topicOfMessages("no_replay", 5);
        String group = unique("g");

        try (HttpSink sink = new HttpSink()) {
            sink.failWhen(body -> body.contains("\"m1\""));
            try (RouteHarness route = RouteHarness.startYaml("no_replay.yaml", config("""
                    kafka:
                      addresses: [ %s ]
                      topics: [ %s ]
                      consumer_group: %s
                      commit_period: 100ms
                      auto_replay_nacks: false
                    """.formatted(kafka.bootstrapServers(), topic, group), sink), Map.of())) {
                await().atMost(WAIT).until(() -> TopicWriter.committed(kafka.bootstrapServers(), group, topic, 0) == 5);
                assertThat(sink.refused()).hasSize(1);
                assertThat(sink.accepted()).hasSize(4);
            }
        }
    }

    /** Stopping waits for the messages in flight and commits them, whatever the commit period. */
    @Test
    void commitsWhatWasAckedWhenStopping() throws Exception {
        String topic = topicOfMessages("stop", 5);
        String group = unique("g");

        try (HttpSink sink = new HttpSink()) {
            try (RouteHarness route = RouteHarness.startYaml("stop.yaml", config("""
                    kafka:
                      addresses: [ %s ]
                      topics: [ %s ]
                      consumer_group: %s
                      commit_period: 1h
                    """.formatted(kafka.bootstrapServers(), topic, group), sink), Map.of())) {
                await().atMost(WAIT).until(() -> sink.accepted().size() == 5);
            }
            assertThat(TopicWriter.committed(kafka.bootstrapServers(), group, topic, 0)).isEqualTo(5);
        }
    }

    /** kafka_franz with regexp_topics_include/exclude subscribes to the matching topics only. */
    @Test
    void franzSubscribesToTopicsByPattern() throws Exception {
        String prefix = unique("re");
        for (String t : List.of(prefix + "_a", prefix + "_b", prefix + "_skip")) {
            TopicWriter.create(kafka.bootstrapServers(), t, 1);
            TopicWriter.write(kafka.bootstrapServers(), List.of(TopicWriter.record(t, 0, null, t)));
        }
        try (HttpSink sink = new HttpSink();
             RouteHarness route = RouteHarness.startYaml("re.yaml", config("""
                     kafka_franz:
                       seed_brokers: [ %s ]
                       regexp_topics_include: [ "^%s_" ]
                       regexp_topics_exclude: [ "skip" ]
                       consumer_group: %s
                       metadata_max_age: 1s
                     """.formatted(kafka.bootstrapServers(), prefix, unique("g")), sink), Map.of())) {
            await().atMost(WAIT).until(() -> sink.accepted().size() >= 2);
            assertThat(sink.accepted()).extracting(b -> JSON.readTree(b).get("v").asText())
                    .containsExactlyInAnyOrder(prefix + "_a", prefix + "_b");
        }
    }

    @Test
    void readsOnlyTheExplicitPartitionsWithoutAGroup() throws Exception {
        String topic = unique("explicit");
        TopicWriter.create(kafka.bootstrapServers(), topic, 4);
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            records.add(TopicWriter.record(topic, p, null, "p" + p));
        }
        TopicWriter.write(kafka.bootstrapServers(), records);

        try (HttpSink sink = new HttpSink();
             RouteHarness route = RouteHarness.startYaml("explicit.yaml", config("""
                     kafka:
                       addresses: [ %s ]
                       topics: [ "%s:1-2" ]
                     """.formatted(kafka.bootstrapServers(), topic), sink), Map.of())) {
            await().atMost(WAIT).until(() -> sink.accepted().size() >= 2);
            assertThat(sink.accepted()).extracting(b -> JSON.readTree(b).get("v").asText())
                    .containsExactlyInAnyOrder("p1", "p2");
        }
    }

    /**
     * An unreachable broker is logged and retried and shown on /ready (served here because an http_server input
     * shares the stream, under a broker input); the stream stays up and its other input works.
     */
    @Test
    void waitsForAnUnreachableBroker() throws Exception {
        String nowhere = "127.0.0.1:" + AvailablePortFinder.find().getPort();
        try (HttpSink sink = new HttpSink();
             RouteHarness route = RouteHarness.startYaml("nowhere.yaml", config("""
                     broker:
                       inputs:
                         - kafka:
                             addresses: [ %s ]
                             topics: [ "t:0" ]
                         - http_server:
                             path: /post
                     """.formatted(nowhere), sink), Map.of())) {
            await().atMost(WAIT).until(() -> route.get("/ready").body().contains("connection refused"));
            var ready = route.get("/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"path\":\"root.input.broker.inputs.0\",\"connected\":false,"
                    + "\"error\":\"kafka: client has run out of available brokers to talk to: dial tcp " + nowhere
                    + ": connect: connection refused\"");
            assertThat(route.post("still up").statusCode()).isEqualTo(200);
            await().atMost(WAIT).until(() -> sink.accepted().size() == 1);
        }
    }

    /** The input started before its broker: it keeps retrying, then consumes once the broker is there. */
    @Test
    void consumesOnceALateBrokerIsUp() throws Exception {
        String address = "127.0.0.1:" + AvailablePortFinder.find().getPort();
        String group = unique("g");
        try (HttpSink sink = new HttpSink();
             RouteHarness route = RouteHarness.startYaml("late.yaml", config("""
                     kafka:
                       addresses: [ %s ]
                       topics: [ late_topic ]
                       consumer_group: %s
                     """.formatted(address, group), sink), Map.of())) {
            try (EmbeddedKafkaBroker late = EmbeddedKafkaBroker.start(address)) {
                // no create: the subscribing input may have had the broker auto-create it already
                TopicWriter.write(address, List.of(TopicWriter.record("late_topic", 0, null, "finally")));
                await().atMost(WAIT).until(() -> sink.accepted().size() == 1);
                assertThat(JSON.readTree(sink.accepted().get(0)).get("v").asText()).isEqualTo("finally");
            }
        }
    }

    /**
     * {@code batching} on the input: a completed batch reaches the processors as one transaction (an {@code archive}
     * sees all its messages), and while a batch is nacked and replayed the commit stays at the end of the acked prefix.
     */
    @Test
    void aBatchIsOneTransactionAndCommitsFollowTheAckedPrefix() throws Exception {
        String topic = topicOfMessages("batched", 10);
        String group = unique("g");

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
