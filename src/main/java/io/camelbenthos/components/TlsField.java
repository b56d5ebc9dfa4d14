package io.camelbenthos.components;

import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code tls} block Benthos's clients share (its {@code btls} field spec: http_client, http, kafka), declared
 * once. Each component applies it to its own transport; what that transport cannot do it says in
 * {@code passwordDescription}.
 */
public final class TlsField {
    private TlsField() {
    }

    /** @param passwordDescription how {@code client_certs[].password} (an encrypted private key) is handled */
    public static FieldSpec spec(String passwordDescription) {
        return FieldSpec.object("tls", "Custom TLS settings.",
                FieldSpec.of("enabled", FieldType.BOOL, false, "Whether custom TLS settings are enabled."),
                FieldSpec.of("skip_cert_verify", FieldType.BOOL, false, "Do not verify the server's certificate."),
                FieldSpec.of("enable_renegotiation", FieldType.BOOL, false, "Accepted for compatibility; ignored.")
                        .asAdvanced(),
                FieldSpec.of("root_cas", FieldType.STRING, "", "PEM root certificates to trust."),
                FieldSpec.of("root_cas_file", FieldType.STRING, "", "File of PEM root certificates to trust."),
                FieldSpec.objectList("client_certs", "Client certificates (mutual TLS).",
                        FieldSpec.of("cert", FieldType.STRING, "", "PEM certificate chain."),
                        FieldSpec.of("key", FieldType.STRING, "", "PEM private key."),
                        FieldSpec.of("cert_file", FieldType.STRING, "", "File of the PEM certificate chain."),
                        FieldSpec.of("key_file", FieldType.STRING, "", "File of the PEM private key."),
                        FieldSpec.of("password", FieldType.STRING, "", passwordDescription)));
    }

    /**
     * The {@code tls} block as the endpoint options of the project's own components on a Java client ({@code amqp09},
     * {@code mqtt}; read back by {@code io.camelbenthos.amqp.AmqpTls}): {@code tls=true} and those that differ from
     * their default, in a fixed order; nothing when TLS is not enabled.
     *
     * @param type the component's type, for the lint errors: one client certificate at most, no encrypted key
     */
    /** {@link #endpointOptions}, handed one by one to {@code option} (a URI builder's). */
    public static void toUriOptions(ComponentConfig tls, String type, java.util.function.BiConsumer<String, Object> option) {
        endpointOptions(tls, type).forEach(option);
    }

    public static Map<String, Object> endpointOptions(ComponentConfig tls, String type) {
        Map<String, Object> options = new LinkedHashMap<>();
        if (!tls.bool("enabled")) {
            return options;
        }
        options.put("tls", true);
        putUnlessDefault(options, "tlsSkipCertVerify", tls.bool("skip_cert_verify"), false);
        putUnlessDefault(options, "tlsRootCas", tls.string("root_cas"), "");
        putUnlessDefault(options, "tlsRootCasFile", tls.string("root_cas_file"), "");
        List<ComponentConfig> certs = tls.objectList("client_certs");
        if (certs.size() > 1) {
            throw new ConfigException(tls.position("client_certs"),
                    type + ": a single client certificate is supported; " + certs.size() + " were given");
        }
        if (certs.size() == 1) {
            ComponentConfig cert = certs.get(0);
            if (!cert.string("password").isEmpty()) {
                throw new ConfigException(cert.position("password"),
                        type + ": encrypted client keys are not supported; give an unencrypted PKCS#8 key");
            }
            putUnlessDefault(options, "tlsClientCert", cert.string("cert"), "");
            putUnlessDefault(options, "tlsClientCertFile", cert.string("cert_file"), "");
            putUnlessDefault(options, "tlsClientKey", cert.string("key"), "");
            putUnlessDefault(options, "tlsClientKeyFile", cert.string("key_file"), "");
        }
        return options;
    }

    private static void putUnlessDefault(Map<String, Object> options, String name, Object value, Object defaultValue) {
        if (!value.equals(defaultValue)) {
            options.put(name, value);
        }
    }
}
