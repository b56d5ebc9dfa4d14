package io.camelbenthos.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.component.kafka.KafkaEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the Kafka client finally receives: the endpoint URI resolved by camel-kafka into producer properties, and
 * those validated by the client's own {@link ProducerConfig}, so a misspelt option or a bad value fails here.
 */
class KafkaProducerPropertiesTest {
    private static CamelContext camel;

    @BeforeAll
    static void startCamel() {
        camel = new DefaultCamelContext();
        camel.start();
    }

    @AfterAll
    static void stopCamel() throws Exception {
        camel.close();
    }

    private static ProducerConfig producerConfig(Map<String, Object> extra) {
        Map<String, Object> c = new HashMap<>(Map.of("addresses", List.of("k1:9092, k2:9092"), "topic", "t"));
        c.putAll(extra);
        String uri = KafkaProducerUri.from(KafkaOutputConfigs.kafka(c)).uri();
        var configuration = camel.getEndpoint(uri, KafkaEndpoint.class).getConfiguration();
        Properties props = configuration.createProducerProperties();
        // camel-kafka's producer adds the brokers itself when it creates the client.
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, configuration.getBrokers());
        return new ProducerConfig(props);
    }

    @Test
    void benthosDefaults() {
        ProducerConfig p = producerConfig(Map.of());

        assertThat(p.getList(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG)).containsExactly("k1:9092", "k2:9092");
        assertThat(p.getString(ProducerConfig.CLIENT_ID_CONFIG)).isEqualTo("benthos");
        assertThat(p.getString(ProducerConfig.ACKS_CONFIG)).isEqualTo("1");
        assertThat(p.getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)).isFalse();
        assertThat(p.getString(ProducerConfig.COMPRESSION_TYPE_CONFIG)).isEqualTo("none");
        assertThat(p.getInt(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION)).isEqualTo(64);
        assertThat(p.getInt(ProducerConfig.MAX_REQUEST_SIZE_CONFIG)).isEqualTo(1_000_000);
        assertThat(p.getInt(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG)).isEqualTo(5000);
        assertThat(p.getInt(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG)).isEqualTo(30_000);
        assertThat(p.getLong(ProducerConfig.RETRY_BACKOFF_MS_CONFIG)).isEqualTo(100);
        assertThat(p.getLong(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG)).isEqualTo(10_000);
        assertThat(p.getInt(ProducerConfig.RETRIES_CONFIG)).isEqualTo(Integer.MAX_VALUE);
        assertThat(p.getLong(ProducerConfig.LINGER_MS_CONFIG)).isZero();
        assertThat(p.getClass(ProducerConfig.PARTITIONER_CLASS_CONFIG)).isEqualTo(Fnv1aHashPartitioner.class);
        assertThat(p.getString("security.protocol")).isEqualTo("PLAINTEXT");
    }

    @Test
    void replicaAcksWithoutIdempotenceStayNonIdempotent() {
        ProducerConfig p = producerConfig(Map.of("ack_replicas", true, "max_in_flight", 1L));

        assertThat(p.getString(ProducerConfig.ACKS_CONFIG)).isEqualTo("-1");
        assertThat(p.getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)).isFalse();
    }

    @Test
    void saslScramOverTls() {
        ProducerConfig p = producerConfig(Map.of("tls", Map.of("enabled", true, "root_cas_file", "/ca.pem"),
                "sasl", Map.of("mechanism", "SCRAM-SHA-512", "user", "u", "password", "p")));

        assertThat(p.getString("security.protocol")).isEqualTo("SASL_SSL");
        assertThat(p.getString("sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
        assertThat(p.getPassword("sasl.jaas.config").value())
                .isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";");
        assertThat(p.getString("ssl.truststore.type")).isEqualTo("PEM");
        assertThat(p.getString("ssl.truststore.location")).isEqualTo("/ca.pem");
    }

    @Test
    void skipCertVerifyInstallsTheTrustAllEngine() {
        ProducerConfig p = producerConfig(Map.of("tls", Map.of("enabled", true, "skip_cert_verify", true)));

        assertThat(p.getClass("ssl.engine.factory.class")).isEqualTo(InsecureSslEngineFactory.class);
    }

    @Test
    void batchingIsTheOutputsNotTheProducers() {
        ProducerConfig p = producerConfig(Map.of("batching", Map.of("period", "50ms", "byte_size", 65536L),
                "partitioner", "round_robin", "compression", "lz4"));

        // The BatchPolicyStep completes batches; the producer sends each released record at once.
        assertThat(p.getLong(ProducerConfig.LINGER_MS_CONFIG)).isZero();
        assertThat(p.getInt(ProducerConfig.BATCH_SIZE_CONFIG)).isEqualTo(16384);
        assertThat(p.getString(ProducerConfig.COMPRESSION_TYPE_CONFIG)).isEqualTo("lz4");
        assertThat(p.getClass(ProducerConfig.PARTITIONER_CLASS_CONFIG).getSimpleName()).isEqualTo("RoundRobinPartitioner");
    }
}
