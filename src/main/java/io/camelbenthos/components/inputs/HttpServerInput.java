package io.camelbenthos.components.inputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.InputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.http.BenthosHttpUri;
import io.camelbenthos.http.HttpServerSettingsFactory;
import io.camelbenthos.http.SyncResponseRenderer;
import java.util.List;
import java.util.Map;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;

/** The {@code http_server} input (semantics §1): a {@code benthos-http} consumer route feeding the pipeline. */
public final class HttpServerInput implements InputComponent {
    private static final ComponentSpec SPEC = ComponentSpec.of("http_server", ComponentKind.INPUT,
            "Receives messages POSTed over HTTP(S); can answer with synchronous responses.",
            FieldSpec.of("address", FieldType.STRING, "",
                    "An alternative address to host from; empty uses the service-wide HTTP server."),
            FieldSpec.of("path", FieldType.STRING, "/post", "The endpoint path to listen for POST requests."),
            FieldSpec.of("ws_path", FieldType.STRING, "/post/ws", "The endpoint path to create websocket connections from."),
            FieldSpec.of("ws_welcome_message", FieldType.STRING, "", "An optional message to deliver to fresh websocket connections.")
                    .asAdvanced(),
            FieldSpec.of("ws_rate_limit_message", FieldType.STRING, "", "An optional message to delivery to websocket connections that are rate limited.")
                    .asAdvanced(),
            FieldSpec.of("allowed_verbs", FieldType.STRING_LIST, List.of("POST"), "HTTP verbs allowed on path."),
            FieldSpec.of("timeout", FieldType.DURATION, "5s", "How long to wait for a response before a 408."),
            FieldSpec.of("rate_limit", FieldType.RATE_LIMIT_LABEL, "",
                    "An optional rate limit resource: refused requests get 429 with Retry-After."),
            FieldSpec.of("cert_file", FieldType.STRING, "", "A certificate file for TLS (custom address only).")
                    .asAdvanced(),
            FieldSpec.of("key_file", FieldType.STRING, "", "A key file for TLS (custom address only).").asAdvanced(),
            FieldSpec.object("cors", "CORS for a custom address.",
                    FieldSpec.of("enabled", FieldType.BOOL, false, "Whether to allow CORS requests."),
                    FieldSpec.of("allowed_origins", FieldType.STRING_LIST, List.of(), "Allowed origins.")).asAdvanced(),
            syncResponseField(),
            FieldSpec.object("tcp", "TCP listener options (custom address only).",
                    FieldSpec.of("reuse_addr", FieldType.BOOL, false, "SO_REUSEADDR."),
                    FieldSpec.of("reuse_port", FieldType.BOOL, false, "SO_REUSEPORT.")).asAdvanced());

    /** {@code sync_response}: how synchronous responses are rendered (also the {@code camel} input's). */
    static FieldSpec syncResponseField() {
        return FieldSpec.object("sync_response", "How synchronous responses are rendered.",
                FieldSpec.of("status", FieldType.INTERPOLATED_STRING, "200", "The response status code."),
                FieldSpec.of("headers", FieldType.INTERPOLATED_MAP, SyncResponseRenderer.DEFAULT_HEADERS,
                        "Response headers; a map given here replaces the default entirely."),
                FieldSpec.object("metadata_headers", "Metadata copied into response headers.",
                        FieldSpec.of("include_prefixes", FieldType.STRING_LIST, List.of(), "Key prefixes."),
                        FieldSpec.of("include_patterns", FieldType.STRING_LIST, List.of(), "Key regexes (RE2).")));
    }

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public void translate(ComponentConfig config, TranslationContext context) {
        RouteDefinition route = context.addRoute(endpointUri(config, context), context.stepId(null));
        ProcessorDefinition<?> tail = context.appendProcessors(route, config.processors());
        tail.to(context.pipelineEndpoint());
    }

    /** The consumer URI for this config; the shared server's settings are bound as a bean and referenced. */
    static String endpointUri(ComponentConfig config, TranslationContext context) {
        List<String> verbs = config.stringList("allowed_verbs");
        if (verbs.isEmpty()) {
            throw new ConfigException(config.position("allowed_verbs"), "must specify at least one allowed verb");
        }
        String address = config.string("address");
        String prefix = context.endpointPrefix();
        String path = config.string("path").isEmpty() ? "" : prefix + config.string("path");
        String wsPath = config.string("ws_path").isEmpty() ? "" : prefix + config.string("ws_path");
        BenthosHttpUri uri = new BenthosHttpUri(address, path)
                .optionUnlessDefault("allowedVerbs", String.join(",", verbs), "POST")
                .optionUnlessDefault("timeout", config.duration("timeout").toMillis(), 5000L)
                .optionUnlessDefault("wsPath", wsPath, "/post/ws")
                .optionUnlessDefault("wsWelcomeMessage", config.string("ws_welcome_message"), "")
                .optionUnlessDefault("wsRateLimitMessage", config.string("ws_rate_limit_message"), "");
        if (config.string("path").isEmpty()) {
            uri.option("path", ""); // registers no POST path (the URI itself cannot end in an empty path)
        }
        ComponentConfig sync = config.object("sync_response");
        uri.optionUnlessDefault("responseStatus", sync.string("status"), "200");
        if (sync.isSet("headers")) {
            Map<String, String> headers = sync.stringMap("headers");
            uri.prefixed("responseHeader.", headers);
            if (headers.isEmpty()) {
                uri.option("replaceDefaultHeaders", true);
            }
        }
        ComponentConfig meta = sync.object("metadata_headers");
        uri.indexed("metadataPrefix.", meta.stringList("include_prefixes"))
                .indexed("metadataPattern.", meta.stringList("include_patterns"));
        if (!config.string("rate_limit").isEmpty()) {
            uri.option("rateLimit", "#" + context.rateLimitBean(config.string("rate_limit")));
        }
        if (!config.label().isEmpty()) {
            uri.option("label", config.label());
        }
        if (context.neverBlocks(config)) {
            uri.option("eventLoop", true); // no hand-over to a worker thread per request
        }
        if (address.isEmpty()) {
            String settings = context.bind(context.stepId("http_settings"), HttpServerSettingsFactory.from(context.http()));
            uri.option("serverSettings", "#" + settings);
        } else {
            dedicatedOptions(config, uri);
        }
        return uri.toString();
    }

    private static void dedicatedOptions(ComponentConfig config, BenthosHttpUri uri) {
        ComponentConfig cors = config.object("cors");
        if (cors.bool("enabled")) {
            if (cors.stringList("allowed_origins").isEmpty()) {
                throw new ConfigException(config.position("cors"),
                        "bad CORS configuration: must specify at least one allowed origin");
            }
            uri.option("corsEnabled", true).option("corsAllowedOrigins", String.join(",", cors.stringList("allowed_origins")));
        }
        uri.optionUnlessDefault("certFile", config.string("cert_file"), "")
                .optionUnlessDefault("keyFile", config.string("key_file"), "");
        ComponentConfig tcp = config.object("tcp");
        uri.optionUnlessDefault("reuseAddr", tcp.bool("reuse_addr"), false)
                .optionUnlessDefault("reusePort", tcp.bool("reuse_port"), false);
    }
}
