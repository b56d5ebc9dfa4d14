package io.camelbenthos.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.components.outputs.KafkaOutput;
import io.camelbenthos.config.ConfigException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kafka output on hand-written Camel routes against a real in-process broker. */
class KafkaOutputTest {
    private static final KafkaOutput OUTPUT = new KafkaOutput();
    private static EmbeddedKafkaBroker broker;
    private static CamelContext camel;
    private static ProducerTemplate producer;
    private static int routes;

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaBroker.start("127.0.0.1:0");
        camel = new DefaultCamelContext();
        camel.start();
        producer = camel.createProducerTemplate();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("four", 4, (short) 1), new NewTopic("manual", 4, (short) 1)))
                    .all().get();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        camel.close();
        broker.close();
    }

    /** Adds a route "direct:N" ending in the kafka output built from {@code config}; returns its endpoint. */
    private static String route(Map<String, Object> config) throws Exception {
        String from = "direct:kafka" + (++routes);
        var cfg = SpecConfig.of(OUTPUT.spec(), config);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                OUTPUT.translate(cfg, from(from), new BindingTranslationContext(getContext()));
            }
        });
        return from;
    }

    private static Map<String, Object> config(String topic) {
        Map<String, Object> c = new HashMap<>();
        c.put("addresses", List.of(broker.bootstrapServers()));
        c.put("topic", topic);
        return c;
    }

    private static Exchange send(String endpoint, String body, Map<String, Object> headers) {
        return producer.request(endpoint, e -> {
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

    @Test
    void sendsContentAndMetadataButNoCamelHeaders() throws Exception {
        String endpoint = route(config("plain"));
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
        assertThat(done.getMessage().getHeaders()).containsExactlyInAnyOrderEntriesOf(metadata);
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
        String endpoint = route(c);

        send(endpoint, "x", Map.of("http_server_verb", "POST", "X-Trace", "1", "keep", "yes"));

        ConsumerRecord<byte[], byte[]> record = TopicReader.readAll(broker.bootstrapServers(), "filtered", 1).get(0);
        assertThat(headers(record)).containsOnly(Map.entry("keep", "yes"), Map.entry("source", "benthos"));
    }

    @Test
    void keyedRecordsLandWhereSaramaFnv1aPutsThem() throws Exception {
        Map<String, Integer> expected = Map.of("foo", 1, "bar", 2, "hello", 3, "a", 0);
        for (String key : expected.keySet()) {
            Map<String, Object> c = config("four");
            c.put("key", key);
            send(route(c), key, Map.of());
        }

        List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readAll(broker.bootstrapServers(), "four", 4);
        assertThat(records).hasSize(4).allSatisfy(r -> {
            String key = new String(r.key(), StandardCharsets.UTF_8);
            assertThat(r.partition()).as("partition of key %s", key).isEqualTo(expected.get(key));
        });
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

    @Test
    void unreachableBrokerFailsTheWriteOnceTheBackoffIsSpent() throws Exception {
        Map<String, Object> c = config("nowhere");
        c.put("addresses", List.of("127.0.0.1:" + AvailablePortFinder.find().getPort()));
        c.put("timeout", "200ms");
        c.put("backoff", Map.of("initial_interval", "50ms", "max_interval", "100ms", "max_elapsed_time", "1s"));

        Exchange done = send(route(c), "lost?", Map.of());

        assertThat(done.getException()).isNotNull();
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

        String uri = KafkaProducerUri.from(SpecConfig.of(OUTPUT.spec(), c)).uri();

        assertThat(uri).startsWith("kafka:t?brokers=a:9092,b:9092,c:9092&clientId=me&")
                .contains("requestRequiredAcks=all", "enableIdempotence=true", "maxInFlightRequest=5",
                        "compressionCodec=zstd", "lingerMs=20", "producerBatchSize=32768",
                        "partitioner=" + Fnv1aHashPartitioner.class.getName(),
                        "retryBackoffMs=3000", "retryBackoffMaxMs=10000", "deliveryTimeoutMs=30000",
                        "requestTimeoutMs=5000", "securityProtocol=SASL_PLAINTEXT", "saslMechanism=SCRAM-SHA-256",
                        "saslJaasConfig=RAW(org.apache.kafka.common.security.scram.ScramLoginModule required "
                                + "username=\"u\" password=\"p w\";)");
    }

    @Test
    void rejectsContradictorySettings() {
        Map<String, Object> idempotent = config("t");
        idempotent.put("idempotent_write", true);
        assertThatThrownBy(() -> KafkaProducerUri.from(SpecConfig.of(OUTPUT.spec(), idempotent)))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:2:3: kafka: idempotent_write requires ack_replicas: true");

        Map<String, Object> partition = config("t");
        partition.put("partition", "1");
        assertThatThrownBy(() -> KafkaProducerUri.from(SpecConfig.of(OUTPUT.spec(), partition)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("partition must be set when, and only when, partitioner is manual");
    }
}
