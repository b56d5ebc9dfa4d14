package io.camelbenthos.kafka;

import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code tls} and {@code sasl} blocks as camel-kafka / Kafka client options. PEM material is used as PEM
 * (the Java client reads PEM trust and key stores since Kafka 2.7), so no keystore conversion is needed.
 */
final class KafkaSecurityOptions {
    private static final String EXTRA = "additionalProperties.";

    private KafkaSecurityOptions() {
    }

    static void apply(ComponentConfig config, Map<String, String> options) {
        ComponentConfig sasl = config.object("sasl");
        apply(config.object("tls"), sasl, sasl.string("user"), options);
    }

    /**
     * As {@link #apply(ComponentConfig, Map)} for a SASL block that names its user differently ({@code username} in
     * the franz components); {@code sasl} is null when there is none.
     */
    static void apply(ComponentConfig tls, ComponentConfig sasl, String user, Map<String, String> options) {
        boolean tlsOn = tls.bool("enabled");
        boolean saslOn = sasl != null && sasl(sasl, user, options);
        options.put("securityProtocol", saslOn ? (tlsOn ? "SASL_SSL" : "SASL_PLAINTEXT") : (tlsOn ? "SSL" : "PLAINTEXT"));
        if (tlsOn) {
            tls(tls, options);
        }
    }

    private static boolean sasl(ComponentConfig sasl, String user, Map<String, String> options) {
        String mechanism = sasl.string("mechanism");
        String module = switch (mechanism) {
            case "none" -> null;
            case "PLAIN" -> "org.apache.kafka.common.security.plain.PlainLoginModule";
            case "SCRAM-SHA-256", "SCRAM-SHA-512" -> "org.apache.kafka.common.security.scram.ScramLoginModule";
            case "OAUTHBEARER" -> throw new ConfigException(sasl.position("mechanism"),
                    "kafka: sasl mechanism OAUTHBEARER is not supported");
            default -> throw new ConfigException(sasl.position("mechanism"),
                    "kafka: unknown sasl mechanism: " + mechanism);
        };
        if (module == null) {
            return false;
        }
        options.put("saslMechanism", mechanism);
        options.put("saslJaasConfig", module + " required username=" + jaasQuote(user)
                + " password=" + jaasQuote(sasl.string("password")) + ";");
        return true;
    }

    private static void tls(ComponentConfig tls, Map<String, String> options) {
        if (tls.bool("skip_cert_verify")) {
            // No hostname check, and a trust manager that accepts any chain, as Go's InsecureSkipVerify.
            options.put("sslEndpointAlgorithm", "");
            options.put(EXTRA + "ssl.engine.factory.class", InsecureSslEngineFactory.class.getName());
        }
        String rootCasFile = tls.string("root_cas_file");
        String rootCas = tls.string("root_cas");
        if (!rootCasFile.isEmpty()) {
            options.put("sslTruststoreType", "PEM");
            options.put("sslTruststoreLocation", rootCasFile);
        } else if (!rootCas.isEmpty()) {
            options.put("sslTruststoreType", "PEM");
            options.put(EXTRA + "ssl.truststore.certificates", rootCas);
        }
        List<ComponentConfig> certs = tls.objectList("client_certs");
        if (certs.size() > 1) {
            throw new ConfigException(tls.position("client_certs"),
                    "kafka: the Java client takes a single client certificate; " + certs.size() + " were given");
        }
        if (certs.size() == 1 && tls.bool("skip_cert_verify")) {
            throw new ConfigException(tls.position("skip_cert_verify"),
                    "kafka: skip_cert_verify cannot be combined with client_certs");
        }
        if (certs.size() == 1) {
            ComponentConfig cert = certs.get(0);
            options.put("sslKeystoreType", "PEM");
            options.put(EXTRA + "ssl.keystore.certificate.chain", pem(cert, "cert", "cert_file"));
            options.put(EXTRA + "ssl.keystore.key", pem(cert, "key", "key_file"));
            if (!cert.string("password").isEmpty()) {
                options.put("sslKeyPassword", cert.string("password"));
            }
        }
    }

    /** Inline PEM, or the file's contents: exactly one of the two must be given. */
    private static String pem(ComponentConfig cert, String inline, String file) {
        String text = cert.string(inline);
        String path = cert.string(file);
        if (text.isEmpty() == path.isEmpty()) {
            throw new ConfigException(cert.position(), "kafka: a client certificate needs exactly one of "
                    + inline + " and " + file);
        }
        if (!text.isEmpty()) {
            return text;
        }
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(cert.position(file), "kafka: cannot read " + file + " " + path + ": " + e.getMessage());
        }
    }

    private static String jaasQuote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
