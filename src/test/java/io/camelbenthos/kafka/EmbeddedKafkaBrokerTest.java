package io.camelbenthos.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaBrokerTest {
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start("127.0.0.1:0");
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void picksAFreePortAndAdvertisesIt() {
        assertThat(broker.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+").doesNotEndWith(":0");
    }

    @Test
    void autoCreatesTopicsAndRoundTripsRecordsWithPlainClients() throws Exception {
        java.util.Properties p = new java.util.Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            RecordMetadata meta = producer.send(new ProducerRecord<>("roundtrip", "k".getBytes(StandardCharsets.UTF_8),
                    "hello".getBytes(StandardCharsets.UTF_8))).get();
            assertThat(meta.offset()).isZero();
        }

        List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readAll(broker.bootstrapServers(), "roundtrip", 1);
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo("k");
            assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("hello");
        });
    }

    @Test
    void keepsTheLogCleanersDedupeBufferSmall() throws Exception {
        java.util.Properties p = new java.util.Properties();
        p.put("bootstrap.servers", broker.bootstrapServers());
        ConfigResource node = new ConfigResource(ConfigResource.Type.BROKER, "1");
        try (Admin admin = Admin.create(p)) {
            Config config = admin.describeConfigs(List.of(node)).all().get(30, TimeUnit.SECONDS).get(node);
            assertThat(config.get("log.cleaner.dedupe.buffer.size").value())
                    .isEqualTo(String.valueOf(EmbeddedKafkaBroker.LOG_CLEANER_DEDUPE_BUFFER_BYTES))
                    .isNotEqualTo(String.valueOf(128L * 1024 * 1024)); // Kafka's default, allocated on the heap
        }
    }

    @Test
    void aListenerThatWasNotConfiguredIsAClearError() {
        assertThat(broker.bootstrapServers("PLAINTEXT")).isEqualTo(broker.bootstrapServers());
        assertThatThrownBy(() -> broker.bootstrapServers("SASL_PLAINTEXT"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the embedded broker has no SASL_PLAINTEXT listener");
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder("127.0.0.1:0").saslSslListener().start())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs the certificate");
    }

    @Test
    void rejectsAnAddressWithoutPort() {
        assertThatThrownBy(() -> EmbeddedKafkaBroker.start("localhost"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host:port");
    }

    @Test
    void closingTwiceIsHarmless() {
        EmbeddedKafkaBroker second = EmbeddedKafkaBroker.start("localhost:0");
        second.close();
        second.close();
    }

    @Test
    void failsClearlyWhenThePortIsTaken() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedKafkaBroker.start("127.0.0.1:" + taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("embedded Kafka could not start on 127.0.0.1:" + taken.getLocalPort());
        }
    }
}
