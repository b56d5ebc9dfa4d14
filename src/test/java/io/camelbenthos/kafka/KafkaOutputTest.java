package io.camelbenthos.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.components.outputs.BatchPolicyStep;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.testing.StreamHarness;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;

/** The kafka output translated by the real config layer and translator, against a real in-process broker. */
class KafkaOutputTest {
    private static EmbeddedKafkaBroker broker;
    private final List<StreamHarness> streams = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaBroker.start("127.0.0.1:0");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("four", 4, (short) 1), new NewTopic("manual", 4, (short) 1)))
                    .all().get();
        }
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @AfterEach
    void stopStreams() {
        streams.forEach(StreamHarness::close);
    }

    /** Starts a stream {@code test_direct (in) -> kafka} with these output fields; returns its input endpoint. */
    private StreamHarness route(Map<String, Object> fields) throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("input", Map.of("test_direct", Map.of("name", "in")));
        doc.put("output", Map.of("kafka", fields));
        String yaml = new Dump(DumpSettings.builder().build()).dumpToString(doc);
        StreamHarness stream = new StreamHarness("kafka_test.yaml", yaml, Map.of());
        streams.add(stream);
        return stream;
    }

    private static Map<String, Object> config(String topic) {
        Map<String, Object> c = new HashMap<>();
        c.put("addresses", List.of(broker.bootstrapServers()));
        c.put("topic", topic);
        return c;
    }

    /** Sends a message with metadata (exchange headers) and returns the completed exchange; exception = nack. */
    private static Exchange send(StreamHarness stream, String body, Map<String, Object> headers) {
        return stream.camel().createProducerTemplate().send("direct:test.in", e -> {
            e.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
            e.getMessage().setHeaders(new LinkedHashMap<>(headers));
        });
    }

    private static Map<String, String> headers(ConsumerRecord<byte[], byte[]> r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Header h : r.headers()) {
            out.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** A transaction of several messages: one record per message, keys rendered per message, one ack. */
    @Test
    void aBatchIsOneRecordPerMessageAndItsTransactionAcksOnce() throws Exception {
        Map<String, Object> c = config("transaction-records");
        c.put("key", "${! batch_index() }-${! content() }");
        StreamHarness endpoint = route(c);
        Exchange done = endpoint.sendBatch("in", "a", "b", "c");
        assertThat(done.getException()).isNull();
        assertThat(StreamHarness.bodies(done)).as("the batch goes on unchanged").containsExactly("a", "b", "c");
        List<ConsumerRecord<byte[], byte[]>> records =
                TopicReader.readAll(broker.bootstrapServers(), "transaction-records", 3);
        assertThat(records).extracting(r -> new String(r.key(), StandardCharsets.UTF_8) + "="
                + new String(r.value(), StandardCharsets.UTF_8)).containsExactlyInAnyOrder("0-a=a", "1-b=b", "2-c=c");
    }

    @Test
    void sendsContentAndMetadataButNoCamelHeaders() throws Exception {
        StreamHarness endpoint = route(config("plain"));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("Content-Type", "text/plain");
        metadata.put("count", 5L);
        metadata.put("ratio", 1.5d);
        metadata.put("doc", Map.of("a", List.of(1L, 2L)));
        metadata.put("CamelHttpMethod", "POST");
        metadata.put("kafka.KEY", "not-a-key");

        Exchange done = send(endpoint, "foo bar", metadata);

        assertThat(done.getException()).isNull();
        // The output hands the message on unchanged: its metadata, not the record headers.
        assertThat(StreamHarness.metadata(done)).containsExactlyInAnyOrderEntriesOf(metadata);
        ConsumerRecord<byte[], byte[]> record = TopicReader.readAll(broker.bootstrapServers(), "plain", 1).get(0);
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("foo bar");
        assertThat(record.key()).isNull();
        assertThat(headers(record)).containsOnly(Map.entry("Content-Type", "text/plain"), Map.entry("count", "5"),
                Map.entry("ratio", "1.5"), Map.entry("doc", "{\"a\":[1,2]}"));
    }

    @Test
    void excludesPrefixesAndAddsStaticHeaders() throws Exception {
        Map<String, Object> c = config("filtered");
        c.put("metadata", Map.of("exclude_prefixes", List.of("http_", "X-")));
        c.put("static_headers", Map.of("source", "benthos"));
        StreamHarness endpoint = route(c);

        send(endpoint, "x", Map.of("http_server_verb", "POST", "X-Trace", "1", "keep", "yes"));

        ConsumerRecord<byte[], byte[]> record = TopicReader.readAll(broker.bootstrapServers(), "filtered", 1).get(0);
        assertThat(headers(record)).containsOnly(Map.entry("keep", "yes"), Map.entry("source", "benthos"));
    }

    @Test
    void keyedRecordsLandWhereSaramaFnv1aPutsThem() throws Exception {
        Map<String, Object> c = config("four");
        c.put("key", "${! @key }");
        StreamHarness stream = route(c);
        Map<String, Integer> expected = Map.of("foo", 1, "bar", 2, "hello", 3, "a", 0);
        for (String key : expected.keySet()) {
            assertThat(send(stream, key, Map.of("key", key)).getException()).isNull();
        }

        List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readAll(broker.bootstrapServers(), "four", 4);
        assertThat(records).hasSize(4).allSatisfy(r -> {
            String key = new String(r.key(), StandardCharsets.UTF_8);
            assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo(key);
            assertThat(r.partition()).as("partition of key %s", key).isEqualTo(expected.get(key));
        });
    }

    @Test
    void topicAndKeyAreInterpolatedPerMessage() throws Exception {
        Map<String, Object> c = config("${! @tenant }_events");
        c.put("key", "${! @id }");
        StreamHarness stream = route(c);

        send(stream, "one", Map.of("tenant", "acme", "id", "k1"));
        send(stream, "two", Map.of("tenant", "globex", "id", ""));

        ConsumerRecord<byte[], byte[]> acme = TopicReader.readAll(broker.bootstrapServers(), "acme_events", 1).get(0);
        assertThat(new String(acme.value(), StandardCharsets.UTF_8)).isEqualTo("one");
        assertThat(new String(acme.key(), StandardCharsets.UTF_8)).isEqualTo("k1");
        ConsumerRecord<byte[], byte[]> globex = TopicReader.readAll(broker.bootstrapServers(), "globex_events", 1).get(0);
        assertThat(globex.key()).as("an empty key is no key").isNull();
    }

    @Test
    void aFailingInterpolationFailsTheWrite() throws Exception {
        Map<String, Object> c = config("${! this.tenant }");
        StreamHarness stream = route(c);

        assertThat(send(stream, "not json", Map.of()).getException()).isNotNull();
    }

    @Test
    void manualPartitionerUsesThePartitionField() throws Exception {
        Map<String, Object> c = config("manual");
        c.put("partitioner", "manual");
        c.put("partition", "2");
        send(route(c), "m", Map.of());

        assertThat(TopicReader.readAll(broker.bootstrapServers(), "manual", 1))
                .singleElement().extracting(ConsumerRecord::partition).isEqualTo(2);
    }

    /**
     * The broker went away after the output connected: the write is retried until {@code max_elapsed_time}, then
     * nacked. (An output that never connected holds its messages instead: see e2e.KafkaStartsLaterTest.)
     */
    @Test
    void aWriteToAVanishedBrokerFailsOnceTheBackoffIsSpent() throws Exception {
        EmbeddedKafkaBroker vanishing = EmbeddedKafkaBroker.start("127.0.0.1:0");
        try {
            StreamHarness stream = route(failingFast(vanishing));
            awaitConnected(stream);
            vanishing.close();

            Exchange done = send(stream, "lost?", Map.of());

            assertThat(done.getException()).isNotNull();
        } finally {
            vanishing.close();
        }
    }

    private static Map<String, Object> failingFast(EmbeddedKafkaBroker target) {
        Map<String, Object> c = config("nowhere");
        c.put("addresses", List.of(target.bootstrapServers()));
        c.put("timeout", "200ms");
        c.put("backoff", Map.of("initial_interval", "50ms", "max_interval", "100ms", "max_elapsed_time", "1s"));
        return c;
    }

    /** Waits until the output's connection is up, as /ready would show it. */
    private static void awaitConnected(StreamHarness stream) throws InterruptedException {
        KafkaConnectionGate gate = stream.camel().getRegistry().findSingleByType(KafkaConnectionGate.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!gate.state().connected()) {
            assertThat(System.nanoTime()).as("connected to the broker").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static CompletableFuture<Exchange> sendAsync(StreamHarness stream, String body) {
        return stream.camel().createProducerTemplate().asyncSend("direct:test.in",
                e -> e.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Waits for a condition, not a duration: asynchronous sends reach the batch in their own time. */
    private static void awaitHeld(BatchPolicyStep batch, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (batch.heldMessages() < n) {
            assertThat(System.nanoTime()).as("messages held by the batch").isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    @Test
    void batchingCountHoldsEveryMessageUntilItsBatchIsCompleteAndAcksItOnlyOnceWritten() throws Exception {
        Map<String, Object> c = config("batched");
        c.put("batching", Map.of("count", 3L));
        StreamHarness stream = route(c);
        BatchPolicyStep batch = stream.camel().getRegistry().findSingleByType(BatchPolicyStep.class);

        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (String body : List.of("one", "two")) {
            sent.add(sendAsync(stream, body));
            awaitHeld(batch, sent.size());
        }
        assertThat(sent).as("not acked before the batch is complete").noneMatch(CompletableFuture::isDone);

        sent.add(sendAsync(stream, "three"));
        for (CompletableFuture<Exchange> f : sent) {
            assertThat(f.get(30, TimeUnit.SECONDS).getException()).isNull();
        }
        assertThat(TopicReader.readAll(broker.bootstrapServers(), "batched", 3))
                .extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).containsExactly("one", "two", "three");
    }

    @Test
    void batchingPeriodWritesAnIncompleteBatch() throws Exception {
        Map<String, Object> c = config("periodic");
        c.put("batching", Map.of("count", 100L, "period", "100ms"));
        StreamHarness stream = route(c);

        assertThat(sendAsync(stream, "alone").get(30, TimeUnit.SECONDS).getException()).isNull();
        assertThat(TopicReader.readAll(broker.bootstrapServers(), "periodic", 1))
                .extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).containsExactly("alone");
    }

    @Test
    void aBatchThatCannotBeWrittenNacksEveryMessageInIt() throws Exception {
        EmbeddedKafkaBroker vanishing = EmbeddedKafkaBroker.start("127.0.0.1:0");
        try {
            Map<String, Object> c = failingFast(vanishing);
            c.put("batching", Map.of("count", 2L));
            StreamHarness stream = route(c);
            awaitConnected(stream);
            vanishing.close();

            CompletableFuture<Exchange> first = sendAsync(stream, "a");
            awaitHeld(stream.camel().getRegistry().findSingleByType(BatchPolicyStep.class), 1);
            CompletableFuture<Exchange> second = sendAsync(stream, "b");

            assertThat(first.get(30, TimeUnit.SECONDS).getException()).isNotNull();
            assertThat(second.get(30, TimeUnit.SECONDS).getException()).isNotNull();
        } finally {
            vanishing.close();
        }
    }

    @Test
    void mapsProducerSettingsOntoTheEndpoint() {
        Map<String, Object> c = config("t");
        c.put("addresses", List.of("a:9092,b:9092", "c:9092"));
        c.put("ack_replicas", true);
        c.put("idempotent_write", true);
        c.put("compression", "zstd");
        c.put("client_id", "me");
        c.put("batching", Map.of("period", "20ms", "byte_size", 32768L));
        c.put("sasl", Map.of("mechanism", "SCRAM-SHA-256", "user", "u", "password", "p w"));

        String uri = KafkaProducerUri.from(KafkaOutputConfigs.kafka(c)).uri();

        assertThat(uri).startsWith("kafka:t?brokers=a:9092,b:9092,c:9092&clientId=me&")
                .contains("requestRequiredAcks=all", "additionalProperties.enable.idempotence=true", "maxInFlightRequest=5",
                        "compressionCodec=zstd",
                        "partitioner=" + Fnv1aHashPartitioner.class.getName(),
                        "retryBackoffMs=100", "retryBackoffMaxMs=10000", "deliveryTimeoutMs=30000",
                        "requestTimeoutMs=5000", "securityProtocol=SASL_PLAINTEXT", "saslMechanism=SCRAM-SHA-256",
                        "saslJaasConfig=RAW(org.apache.kafka.common.security.scram.ScramLoginModule required "
                                + "username=\"u\" password=\"p w\";)");
    }

    @Test
    void rejectsContradictorySettings() {
        Map<String, Object> idempotent = config("t");
        idempotent.put("idempotent_write", true);
        assertThatThrownBy(() -> KafkaProducerUri.from(KafkaOutputConfigs.kafka(idempotent)))
                .isInstanceOf(ConfigException.class)
                .hasMessageMatching("test\\.yaml:\\d+:\\d+: kafka: idempotent_write requires ack_replicas: true");

        Map<String, Object> partition = config("t");
        partition.put("partition", "1");
        assertThatThrownBy(() -> KafkaProducerUri.from(KafkaOutputConfigs.kafka(partition)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("partition must be set when, and only when, partitioner is manual");
    }
}
