package io.camelbenthos.components;


/**
 * The {@code tls} block Benthos's clients share (its {@code btls} field spec: http_client, http, kafka), declared
 * once. Each component applies it to its own transport; what that transport cannot do it says in
 * {@code passwordDescription}. The project's own client components write it as endpoint options with
 * {@code io.camelbenthos.camel.EndpointUriBuilder#tls}.
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
}
