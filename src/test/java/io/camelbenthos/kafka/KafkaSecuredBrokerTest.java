package io.camelbenthos.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.testing.SelfSignedCertificate;
import io.camelbenthos.testing.StreamHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;

/**
 * The {@code kafka} output's {@code tls} and {@code sasl} blocks, written as a Benthos user writes them, against a real
 * in-process broker with SASL_PLAINTEXT (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512), SSL and SASL_SSL listeners. Records are
 * read back over the broker's plaintext listener with a plain consumer.
 */
class KafkaSecuredBrokerTest {
    private static final String USER = "alice";
    private static final String PASSWORD = "alice-secret";

    @TempDir
    static Path dir;
    private static SelfSignedCertificate certificate;
    private static EmbeddedKafkaBroker broker;
    private final List<StreamHarness> streams = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        certificate = SelfSignedCertificate.create(dir);
        broker = EmbeddedKafkaBroker.builder("127.0.0.1:0")
                .user(USER, PASSWORD)
                .saslPlaintextListener()
                .sslListener(certificate.certificatePem(), certificate.privateKeyPem())
                .saslSslListener()
                .start();
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @AfterEach
    void stopStreams() {
        streams.forEach(StreamHarness::close);
    }

    private Exchange send(Map<String, Object> output, String body) throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("input", Map.of("test_direct", Map.of("name", "in")));
        doc.put("output", Map.of("kafka", output));
        StreamHarness stream = new StreamHarness("secured.yaml", new Dump(DumpSettings.builder().build()).dumpToString(doc),
                Map.of());
        streams.add(stream);
        return stream.send("in", body);
    }

    private static Map<String, Object> output(String listener, String topic) {
        Map<String, Object> c = new HashMap<>();
        c.put("addresses", List.of(broker.bootstrapServers(listener)));
        c.put("topic", topic);
        // A refused login or handshake is not retried for long: fail the write within seconds, not Benthos's 30 s.
        c.put("backoff", Map.of("initial_interval", "100ms", "max_interval", "200ms", "max_elapsed_time", "10s"));
        return c;
    }

    private static Map<String, Object> sasl(String mechanism, String password) {
        return Map.of("mechanism", mechanism, "user", USER, "password", password);
    }

    private static List<String> read(String topic, int n) {
        return TopicReader.readAll(broker.bootstrapServers(), topic, n).stream()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"})
    void saslLogsInAndWrites(String mechanism) throws Exception {
        String topic = "sasl_" + mechanism.replace('-', '_').toLowerCase(java.util.Locale.ROOT);
        Map<String, Object> c = output("SASL_PLAINTEXT", topic);
        c.put("sasl", sasl(mechanism, PASSWORD));

        assertThat(send(c, "hello " + mechanism).getException()).isNull();

        assertThat(read(topic, 1)).containsExactly("hello " + mechanism);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"})
    void aWrongPasswordNacksTheMessage(String mechanism) throws Exception {
        Map<String, Object> c = output("SASL_PLAINTEXT", "never");
        c.put("sasl", sasl(mechanism, "not-the-password"));

        Exchange done = send(c, "rejected");

        assertThat(done.getException()).isNotNull();
        assertThat(causes(done.getException())).anySatisfy(t -> assertThat(t)
                .isInstanceOf(SaslAuthenticationException.class).hasMessageContaining("Authentication failed"));
    }

    @Test
    void tlsTrustsTheBrokerThroughRootCasFile() throws Exception {
        Map<String, Object> c = output("SSL", "tls_file");
        c.put("tls", Map.of("enabled", true, "root_cas_file", certificate.certificateFile().toString()));

        assertThat(send(c, "over tls").getException()).isNull();

        assertThat(read("tls_file", 1)).containsExactly("over tls");
    }

    @Test
    void tlsTrustsTheBrokerThroughInlineRootCas() throws Exception {
        Map<String, Object> c = output("SSL", "tls_inline");
        c.put("tls", Map.of("enabled", true, "root_cas", certificate.certificatePem()));

        assertThat(send(c, "inline ca").getException()).isNull();

        assertThat(read("tls_inline", 1)).containsExactly("inline ca");
    }

    @Test
    void skipCertVerifyAcceptsTheUnknownCertificate() throws Exception {
        Map<String, Object> c = output("SSL", "tls_skip");
        c.put("tls", Map.of("enabled", true, "skip_cert_verify", true));

        assertThat(send(c, "unverified").getException()).isNull();

        assertThat(read("tls_skip", 1)).containsExactly("unverified");
    }

    @Test
    void anUntrustedCertificateNacksTheMessage() throws Exception {
        Map<String, Object> c = output("SSL", "never");
        c.put("tls", Map.of("enabled", true));

        Exchange done = send(c, "untrusted");

        assertThat(done.getException()).isNotNull();
        assertThat(causes(done.getException())).anySatisfy(t -> assertThat(t).isInstanceOf(SslAuthenticationException.class));
    }

    @Test
    void tlsAndSaslTogetherUseSaslSsl() throws Exception {
        Map<String, Object> c = output("SASL_SSL", "sasl_ssl");
        c.put("tls", Map.of("enabled", true, "root_cas_file", certificate.certificateFile().toString()));
        c.put("sasl", sasl("SCRAM-SHA-512", PASSWORD));

        assertThat(send(c, "both").getException()).isNull();

        assertThat(read("sasl_ssl", 1)).containsExactly("both");
    }

    private static List<Throwable> causes(Throwable t) {
        List<Throwable> out = new ArrayList<>();
        for (Throwable c = t; c != null && !out.contains(c); c = c.getCause()) {
            out.add(c);
        }
        return out;
    }
}
