package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.http.client.HttpCallOutcome;
import io.camelbenthos.http.client.HttpClientSteps;
import io.camelbenthos.http.client.HttpRequestPreparer;
import io.camelbenthos.http.client.HttpResponseClassifier;
import io.camelbenthos.http.client.VertxHttpUri;
import java.util.List;
import java.util.Map;
import org.apache.camel.model.ProcessorDefinition;

/** The {@code http_client} output (semantics §4.1, §4.2) on camel-vertx-http, non-blocking. */
public final class HttpClientOutput implements OutputComponent {
    private static final ComponentSpec SPEC = ComponentSpec.of("http_client", ComponentKind.OUTPUT,
            "Sends messages to an HTTP server.",
            FieldSpec.required("url", FieldType.INTERPOLATED_STRING, "The URL to connect to."),
            FieldSpec.of("verb", FieldType.STRING, "POST", "A verb to connect with."),
            FieldSpec.of("headers", FieldType.INTERPOLATED_MAP, Map.of(), "Headers to add to each request."),
            FieldSpec.object("metadata", "Metadata to send as request headers.",
                    FieldSpec.of("include_prefixes", FieldType.STRING_LIST, List.of(), "Key prefixes."),
                    FieldSpec.of("include_patterns", FieldType.STRING_LIST, List.of(), "Key regexes (RE2).")),
            FieldSpec.of("dump_request_log_level", FieldType.STRING, "", "Log level for request dumps.").asAdvanced(),
            FieldSpec.object("oauth", "OAuth v1 (not supported).",
                    FieldSpec.of("enabled", FieldType.BOOL, false, "Whether OAuth is enabled.")).asAdvanced(),
            FieldSpec.object("oauth2", "OAuth2 (not supported).",
                    FieldSpec.of("enabled", FieldType.BOOL, false, "Whether OAuth2 is enabled.")).asAdvanced(),
            FieldSpec.object("basic_auth", "Basic authentication.",
                    FieldSpec.of("enabled", FieldType.BOOL, false, "Whether basic auth is enabled."),
                    FieldSpec.of("username", FieldType.STRING, "", "The username."),
                    FieldSpec.of("password", FieldType.STRING, "", "The password.")).asAdvanced(),
            FieldSpec.object("jwt", "JWT (not supported).",
                    FieldSpec.of("enabled", FieldType.BOOL, false, "Whether JWT is enabled.")).asAdvanced(),
            FieldSpec.object("tls", "TLS settings.",
                    FieldSpec.of("enabled", FieldType.BOOL, false, "Whether custom TLS settings are enabled."),
                    FieldSpec.of("skip_cert_verify", FieldType.BOOL, false, "Skip server certificate checks."),
                    FieldSpec.of("enable_renegotiation", FieldType.BOOL, false, "Ignored."),
                    FieldSpec.of("root_cas", FieldType.STRING, "", "PEM root certificates."),
                    FieldSpec.of("root_cas_file", FieldType.STRING, "", "A PEM file of root certificates."))
                    .asAdvanced(),
            FieldSpec.object("extract_headers", "Response headers copied to metadata (propagate_response).",
                    FieldSpec.of("include_prefixes", FieldType.STRING_LIST, List.of(), "Key prefixes."),
                    FieldSpec.of("include_patterns", FieldType.STRING_LIST, List.of(), "Key regexes (RE2).")),
            FieldSpec.of("rate_limit", FieldType.STRING, "", "A rate limit resource (not supported).").asAdvanced(),
            FieldSpec.of("timeout", FieldType.DURATION, "5s", "Timeout per attempt."),
            FieldSpec.of("retry_period", FieldType.DURATION, "1s", "Base wait between attempts.").asAdvanced(),
            FieldSpec.of("max_retry_backoff", FieldType.DURATION, "300s", "Cap of back-off waits.").asAdvanced(),
            FieldSpec.of("retries", FieldType.INT, 3L, "Extra attempts after a failure.").asAdvanced(),
            FieldSpec.of("follow_redirects", FieldType.BOOL, true, "Follow 3xx redirects.").asAdvanced(),
            FieldSpec.of("backoff_on", FieldType.INT_LIST, List.of(429L), "Codes retried with back-off.")
                    .asAdvanced(),
            FieldSpec.of("drop_on", FieldType.INT_LIST, List.of(), "Codes failed without retry.").asAdvanced(),
            FieldSpec.of("successful_on", FieldType.INT_LIST, List.of(), "Extra success codes.").asAdvanced(),
            FieldSpec.of("proxy_url", FieldType.STRING, "", "An HTTP proxy (not supported).").asAdvanced(),
            FieldSpec.of("disable_http2", FieldType.BOOL, false, "Ignored: the client speaks HTTP/1.1.")
                    .asAdvanced(),
            FieldSpec.of("batch_as_multipart", FieldType.BOOL, false, "Send a batch as one multipart request.")
                    .asAdvanced(),
            FieldSpec.of("propagate_response", FieldType.BOOL, false,
                    "Return the response as the synchronous response of the input.").asAdvanced(),
            FieldSpec.of("max_in_flight", FieldType.INT, 64L, "Parallel sends.").asAdvanced(),
            FieldSpec.of("multipart", FieldType.ANY, List.of(), "Explicit multipart parts (not supported).")
                    .asAdvanced());

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        rejectUnsupported(config);
        HttpRequestPreparer preparer = new HttpRequestPreparer();
        preparer.setUrl(config.string("url"));
        preparer.setVerb(config.string("verb"));
        preparer.setHeaders(config.stringMap("headers"));
        preparer.setMetadataPrefixes(config.object("metadata").stringList("include_prefixes"));
        preparer.setMetadataPatterns(config.object("metadata").stringList("include_patterns"));

        HttpResponseClassifier classifier = new HttpResponseClassifier();
        classifier.setRetries((int) config.integer("retries"));
        classifier.setRetryPeriod(config.duration("retry_period").toMillis());
        classifier.setMaxRetryBackoff(config.duration("max_retry_backoff").toMillis());
        classifier.setBackoffOn(ints(config.integerList("backoff_on")));
        classifier.setDropOn(ints(config.integerList("drop_on")));
        classifier.setSuccessfulOn(ints(config.integerList("successful_on")));
        classifier.setFollowRedirects(config.bool("follow_redirects"));
        classifier.setPropagateResponse(config.bool("propagate_response"));
        classifier.setExtractHeaderPrefixes(config.object("extract_headers").stringList("include_prefixes"));
        classifier.setExtractHeaderPatterns(config.object("extract_headers").stringList("include_patterns"));

        VertxHttpUri uri = new VertxHttpUri(config.string("url"), config.duration("timeout").toMillis());
        ComponentConfig auth = config.object("basic_auth");
        if (auth.bool("enabled")) {
            uri.basicAuth(auth.string("username"), auth.string("password"));
        }
        ComponentConfig tls = config.object("tls");
        if (tls.bool("enabled") || !config.bool("follow_redirects")) {
            String optionsRef = context.bind(context.stepId("client_options"), VertxHttpUri.clientOptions(
                    tls.bool("enabled"), tls.bool("skip_cert_verify"), tls.string("root_cas_file"),
                    tls.string("root_cas"), config.bool("follow_redirects")));
            uri.clientOptions(optionsRef);
        }
        // The outcome step carries the output's own id: it completing is the output's ack, its exception the nack.
        String id = context.stepId(null);
        return HttpClientSteps.append(tail, uri.toString(),
                context.bind(context.stepId("request"), preparer),
                context.bind(context.stepId("response"), classifier),
                context.bind(id, new HttpCallOutcome())).id(id);
    }

    private static List<Integer> ints(List<Long> values) {
        return values.stream().map(Long::intValue).toList();
    }

    private static void rejectUnsupported(ComponentConfig config) {
        for (String section : List.of("oauth", "oauth2", "jwt")) {
            if (config.object(section).bool("enabled")) {
                throw new ConfigException(config.position(section), "http_client: " + section + " is not supported");
            }
        }
        for (String field : List.of("rate_limit", "proxy_url")) {
            if (!config.string(field).isEmpty()) {
                throw new ConfigException(config.position(field), "http_client: " + field + " is not supported");
            }
        }
        if (config.isSet("multipart") && config.raw("multipart") instanceof List<?> parts && !parts.isEmpty()) {
            throw new ConfigException(config.position("multipart"), "http_client: multipart is not supported");
        }
    }
}
