package io.camelbenthos.components;

import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.List;
import java.util.function.BiConsumer;

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
     * An enabled {@code tls} block as the endpoint options of a component of this project that takes one client
     * certificate with an unencrypted key ({@code amqp09}, {@code benthos-nats}): {@code tls=true} and each setting
     * that differs from its default ({@code tlsSkipCertVerify}, {@code tlsRootCas}, {@code tlsRootCasFile},
     * {@code tlsClientCert}, {@code tlsClientCertFile}, {@code tlsClientKey}, {@code tlsClientKeyFile}); what that
     * cannot do is refused at lint. A disabled block adds nothing.
     *
     * @param type the component's type, prefixing the lint errors
     */
    public static void toUriOptions(ComponentConfig tls, String type, BiConsumer<String, Object> option) {
        if (!tls.bool("enabled")) {
            return;
        }
        option.accept("tls", true);
        if (tls.bool("skip_cert_verify")) {
            option.accept("tlsSkipCertVerify", true);
        }
        nonEmpty(option, "tlsRootCas", tls.string("root_cas"));
        nonEmpty(option, "tlsRootCasFile", tls.string("root_cas_file"));
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
            nonEmpty(option, "tlsClientCert", cert.string("cert"));
            nonEmpty(option, "tlsClientCertFile", cert.string("cert_file"));
            nonEmpty(option, "tlsClientKey", cert.string("key"));
            nonEmpty(option, "tlsClientKeyFile", cert.string("key_file"));
        }
    }

    private static void nonEmpty(BiConsumer<String, Object> option, String name, String value) {
        if (!value.isEmpty()) {
            option.accept(name, value);
        }
    }
}
