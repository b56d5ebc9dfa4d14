package io.camelbenthos.nats;

import io.camelbenthos.camel.EndpointUriBuilder;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TlsField;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code benthos-nats:} endpoint URIs from a NATS component's config, checking at lint what Benthos would only
 * find at run time (URLs, subjects, auth methods this runtime cannot do); values go in {@code RAW(...)} so Camel
 * leaves them untouched, options equal to the endpoint's default are left out. Also declares the connection fields
 * every NATS component shares (Redpanda Connect's {@code connection.go}, {@code auth.go}).
 */
public final class NatsUri extends EndpointUriBuilder<NatsUri> {
    /** @param name identifies the endpoint (the component's step id) */
    public NatsUri(NatsKind kind, String name) {
        super("benthos-nats", kind.uriName() + ":" + name, "-_.,:/");
    }

    @Override
    protected NatsUri self() {
        return this;
    }

    /** {@code urls} and {@code max_reconnects}: the fields that come first. */
    public static List<FieldSpec> headFields() {
        return List.of(
                FieldSpec.required("urls", FieldType.STRING_LIST, "A list of URLs to connect to. If an item of the "
                        + "list contains commas it will be expanded into multiple URLs."),
                FieldSpec.of("max_reconnects", FieldType.INT, null, "The maximum number of times to attempt to "
                        + "reconnect to the server. If negative, it will never stop trying to reconnect.").asAdvanced());
    }

    /** {@code tls}, {@code tls_handshake_first} and {@code auth}: the fields that come last. */
    public static List<FieldSpec> tailFields() {
        return List.of(
                TlsField.spec("Not supported: give an unencrypted PKCS#8 key."),
                FieldSpec.of("tls_handshake_first", FieldType.BOOL, false,
                        "Whether to perform the initial TLS handshake before sending the NATS INFO protocol message.")
                        .asAdvanced(),
                FieldSpec.object("auth", "Optional configuration of NATS authentication parameters.",
                        FieldSpec.of("nkey_file", FieldType.STRING, null, "Not supported (needs NKey signing)."),
                        FieldSpec.of("nkey", FieldType.STRING, null, "Not supported (needs NKey signing)."),
                        FieldSpec.of("user_credentials_file", FieldType.STRING, null,
                                "Not supported (needs NKey signing)."),
                        FieldSpec.of("user_jwt", FieldType.STRING, null, "Not supported (needs NKey signing)."),
                        FieldSpec.of("user_nkey_seed", FieldType.STRING, null, "Not supported (needs NKey signing)."),
                        FieldSpec.of("user", FieldType.STRING, null, "An optional plain text user name (given along "
                                + "with the corresponding user password)."),
                        FieldSpec.of("password", FieldType.STRING, null, "An optional plain text password (given "
                                + "along with the corresponding user name)."),
                        FieldSpec.of("token", FieldType.STRING, null, "An optional plain text token.")).asAdvanced());
    }

    /** {@code extract_tracing_map} or {@code inject_tracing_map}: accepted by the schema, refused when set. */
    public static FieldSpec tracingField(String name) {
        return FieldSpec.of(name, FieldType.BLOBLANG, null, "Tracing is not supported; rejected when set.").asAdvanced();
    }

    /** The fields every NATS component has, in Benthos's order, around its own. */
    public static List<FieldSpec> around(FieldSpec... own) {
        List<FieldSpec> all = new ArrayList<>(headFields());
        all.addAll(List.of(own));
        all.addAll(tailFields());
        return all;
    }

    /** The connection options: URLs, reconnects, TLS and auth, each checked. */
    public NatsUri connection(ComponentConfig config) {
        List<String> urls = NatsUrls.expand(config.stringList("urls"));
        if (urls.isEmpty()) {
            throw new ConfigException(config.position("urls"), "must specify at least one URL");
        }
        for (String u : urls) {
            String problem = NatsUrls.problem(u);
            if (problem != null) {
                throw new ConfigException(config.position("urls"), problem);
            }
        }
        option("urls", String.join(",", urls));
        if (config.isSet("max_reconnects")) {
            option("maxReconnects", config.integer("max_reconnects"));
        }
        if (config.bool("tls_handshake_first")) {
            throw new ConfigException(config.position("tls_handshake_first"),
                    "tls_handshake_first is not supported by this runtime");
        }
        for (String field : List.of("extract_tracing_map", "inject_tracing_map")) {
            if (config.declares(field) && config.isSet(field)) {
                throw new ConfigException(config.position(field), config.type() + ": " + field + " is not supported");
            }
        }
        tls(config.object("tls"), config.type(), "PKCS#8");
        auth(config.object("auth"));
        return this;
    }

    private void auth(ComponentConfig auth) {
        for (String unsupported : List.of("nkey_file", "nkey", "user_credentials_file", "user_jwt", "user_nkey_seed")) {
            if (auth.isSet(unsupported)) {
                throw new ConfigException(auth.position(unsupported), "auth." + unsupported
                        + " is not supported by this runtime (NKey signing is not built in); use user and password "
                        + "or token");
            }
        }
        if (auth.isSet("user")) {
            option("user", auth.string("user"));
        }
        if (auth.isSet("password")) {
            option("password", auth.string("password"));
        }
        if (auth.isSet("token")) {
            option("token", auth.string("token"));
        }
    }

    /** A subject field, checked unless it is interpolated (then only its rendering can tell). */
    public NatsUri subject(ComponentConfig config, String field, String option, boolean wildcards) {
        String subject = config.string(field);
        if (!subject.contains("${!")) {
            String problem = NatsSubjects.problem(subject, wildcards);
            if (problem != null) {
                throw new ConfigException(config.position(field), problem);
            }
        }
        return option(option, subject);
    }

    /** Checks the {@code bucket} field: KV bucket names are letters, digits, {@code -} and {@code _}. */
    public static void bucket(ComponentConfig config) {
        String bucket = config.string("bucket");
        if (!bucket.matches("[A-Za-z0-9_-]+")) {
            throw new ConfigException(config.position("bucket"), "invalid bucket name \"" + bucket
                    + "\": only letters, digits, '-' and '_' are allowed");
        }
    }

    /** The output fields {@code headers} and {@code metadata} (include filter). */
    public NatsUri headersAndMetadata(ComponentConfig config) {
        config.stringMap("headers").forEach((k, v) -> option("header." + k, v));
        ComponentConfig meta = config.object("metadata");
        List<String> patterns = meta.stringList("include_patterns");
        for (String p : patterns) {
            try {
                com.google.re2j.Pattern.compile(p);
            } catch (com.google.re2j.PatternSyntaxException e) {
                throw new ConfigException(meta.position("include_patterns"), "failed to compile regex: " + e.getMessage());
            }
        }
        return indexed("metadataPrefix.", meta.stringList("include_prefixes")).indexed("metadataPattern.", patterns);
    }

    /** The output's {@code headers} and {@code metadata} fields. */
    public static List<FieldSpec> headerFields() {
        return List.of(
                FieldSpec.of("headers", FieldType.INTERPOLATED_MAP, Map.of(),
                        "Explicit message headers to add to messages."),
                FieldSpec.object("metadata", "Determine which (if any) metadata values should be added to messages "
                                + "as headers.",
                        FieldSpec.of("include_prefixes", FieldType.STRING_LIST, List.of(),
                                "Provide a list of explicit metadata key prefixes to match against."),
                        FieldSpec.of("include_patterns", FieldType.STRING_LIST, List.of(),
                                "Provide a list of explicit metadata key regular expression (re2) patterns to match "
                                        + "against.")));
    }
}
