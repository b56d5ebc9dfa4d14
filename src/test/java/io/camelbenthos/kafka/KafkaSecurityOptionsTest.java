package io.camelbenthos.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the tls and sasl blocks become Kafka client options. */
class KafkaSecurityOptionsTest {

    private static String uri(Map<String, Object> extra) {
        Map<String, Object> c = new HashMap<>(Map.of("addresses", List.of("k:9093"), "topic", "t"));
        c.putAll(extra);
        return KafkaProducerUri.from(KafkaOutputConfigs.kafka(c)).uri();
    }

    @Test
    void plaintextByDefault() {
        assertThat(uri(Map.of())).contains("securityProtocol=PLAINTEXT").doesNotContain("ssl", "sasl");
    }

    @Test
    void tlsTrustsAPemFileOfRootCas() {
        assertThat(uri(Map.of("tls", Map.of("enabled", true, "root_cas_file", "/etc/ca.pem"))))
                .contains("securityProtocol=SSL", "sslTruststoreType=PEM", "sslTruststoreLocation=/etc/ca.pem");
    }

    @Test
    void skipCertVerifyTrustsAnyServer() {
        assertThat(uri(Map.of("tls", Map.of("enabled", true, "skip_cert_verify", true))))
                .contains("sslEndpointAlgorithm=&",
                        "additionalProperties.ssl.engine.factory.class=" + InsecureSslEngineFactory.class.getName());
    }

    @Test
    void clientCertificateFilesArePassedAsPem(@TempDir Path dir) throws Exception {
        Path cert = Files.writeString(dir.resolve("c.pem"), "-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n");
        Path key = Files.writeString(dir.resolve("k.pem"), "-----BEGIN PRIVATE KEY-----\nAA==\n-----END PRIVATE KEY-----\n");
        String uri = uri(Map.of("tls", Map.of("enabled", true,
                "client_certs", List.of(Map.of("cert_file", cert.toString(), "key_file", key.toString())))));

        assertThat(uri).contains("sslKeystoreType=PEM",
                // Line breaks become spaces: Camel strips them from URIs, the client's PEM parser takes any whitespace.
                "additionalProperties.ssl.keystore.certificate.chain=RAW(-----BEGIN CERTIFICATE----- AA== -----END",
                "additionalProperties.ssl.keystore.key=RAW(-----BEGIN PRIVATE KEY----- AA== -----END");
    }

    @Test
    void saslPlainOverTls() {
        assertThat(uri(Map.of("tls", Map.of("enabled", true),
                "sasl", Map.of("mechanism", "PLAIN", "user", "alice", "password", "s\"cret"))))
                .contains("securityProtocol=SASL_SSL", "saslMechanism=PLAIN",
                        "saslJaasConfig=RAW(org.apache.kafka.common.security.plain.PlainLoginModule required "
                                + "username=\"alice\" password=\"s\\\"cret\";)");
    }

    @Test
    void oauthBearerIsRejectedClearly() {
        assertThatThrownBy(() -> uri(Map.of("sasl", Map.of("mechanism", "OAUTHBEARER"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith("kafka: sasl mechanism OAUTHBEARER is not supported");
    }
}
