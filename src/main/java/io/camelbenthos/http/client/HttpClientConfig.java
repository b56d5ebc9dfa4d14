package io.camelbenthos.http.client;

import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TlsField;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.http.client.auth.OAuth2TokenSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the {@code http_client} output and the {@code http} processor share (semantics §4.1, Benthos's
 * internal/httpclient/config.go): the client fields, and the beans of the request/response steps they configure.
 */
public final class HttpClientConfig {
    private HttpClientConfig() {
    }

    /** The beans of one client's steps, bound in the registry; see {@link HttpClientSteps}. */
    public record Steps(String endpointUri, String preparerRef, String gateRef, String classifierRef) {
    }

    /** The client fields, followed by the component's own. */
    public static List<FieldSpec> fields(FieldSpec... extra) {
        List<FieldSpec> fields = new ArrayList<>(List.of(
            FieldSpec.required("url", FieldType.INTERPOLATED_STRING, "The URL to connect to."),
            FieldSpec.of("verb", FieldType.STRING, "POST", "A verb to connect with."),
            FieldSpec.of("headers", FieldType.INTERPOLATED_MAP, Map.of(), "Headers to add to each request."),
            FieldSpec.object("metadata", "Metadata to send as request headers.",
                    FieldSpec.of("include_prefixes", FieldType.STRING_LIST, List.of(), "Key prefixes."),
                    FieldSpec.of("include_patterns", FieldType.STRING_LIST, List.of(), "Key regexes (RE2).")),
            FieldSpec.of("dump_request_log_level", FieldType.STRING, "",
                    "EXPERIMENTAL: log each request and its response (`http request log` with an `access_log` "
                            + "object) at this level.")
                    .options("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL", "").asAdvanced(),
            HttpClientAuth.oauthField(),
            HttpClientAuth.oauth2Field(),
            HttpClientAuth.basicAuthField(),
            HttpClientAuth.jwtField(),
            TlsField.spec("Password of an encrypted private key (not supported).").asAdvanced(),
            FieldSpec.object("extract_headers", "Response headers copied to metadata (propagate_response).",
                    FieldSpec.of("include_prefixes", FieldType.STRING_LIST, List.of(), "Key prefixes."),
                    FieldSpec.of("include_patterns", FieldType.STRING_LIST, List.of(), "Key regexes (RE2).")),
            FieldSpec.of("rate_limit", FieldType.RATE_LIMIT_LABEL, "",
                    "A rate limit resource to wait for before each request attempt."),
            FieldSpec.of("timeout", FieldType.DURATION, "5s", "Timeout per attempt."),
            FieldSpec.of("retry_period", FieldType.DURATION, "1s", "Base wait between attempts.").asAdvanced(),
            FieldSpec.of("max_retry_backoff", FieldType.DURATION, "300s", "Cap of back-off waits.").asAdvanced(),
            FieldSpec.of("retries", FieldType.INT, 3L, "Extra attempts after a failure.").asAdvanced(),
            FieldSpec.of("follow_redirects", FieldType.BOOL, true, "Follow 3xx redirects.").asAdvanced(),
            FieldSpec.of("backoff_on", FieldType.INT_LIST, List.of(429L), "Codes retried with back-off.")
                    .asAdvanced(),
            FieldSpec.of("drop_on", FieldType.INT_LIST, List.of(), "Codes failed without retry.").asAdvanced(),
            FieldSpec.of("successful_on", FieldType.INT_LIST, List.of(), "Extra success codes.").asAdvanced(),
            FieldSpec.of("proxy_url", FieldType.STRING, "",
                    "An HTTP proxy URL (http://, or socks5:// for a SOCKS5 proxy; user info authenticates).")
                    .asAdvanced(),
            FieldSpec.of("disable_http2", FieldType.BOOL, false, "Ignored: the client speaks HTTP/1.1.")
                    .asAdvanced()));
        fields.addAll(List.of(extra));
        return fields;
    }

    /**
     * Builds and binds the preparer (with the output's explicit {@code multipart} parts, if any), gate (when rate_limit or oauth2 is set), classifier and client options.
     *
     * @param propagate true to write a successful response into the message (propagate_response, the processor)
     * @param annotateFailures true to put http_status_code and the extracted headers of an error response on the
     *     message (the processor)
     */
    public static Steps translate(ComponentConfig config, TranslationContext context, List<MultipartPart> multipart,
                                  boolean propagate, boolean annotateFailures) {
        HttpRequestPreparer preparer = new HttpRequestPreparer();
        preparer.setUrl(config.string("url"));
        preparer.setVerb(config.string("verb"));
        preparer.setHeaders(config.stringMap("headers"));
        preparer.setMetadataPrefixes(config.object("metadata").stringList("include_prefixes"));
        preparer.setMetadataPatterns(config.object("metadata").stringList("include_patterns"));
        preparer.setMultipart(multipart);
        HttpClientAuth.configureSigners(config, preparer);

        HttpResponseClassifier classifier = new HttpResponseClassifier();
        classifier.setRetries((int) config.integer("retries"));
        classifier.setRetryPeriod(config.duration("retry_period").toMillis());
        classifier.setMaxRetryBackoff(config.duration("max_retry_backoff").toMillis());
        classifier.setBackoffOn(ints(config.integerList("backoff_on")));
        classifier.setDropOn(ints(config.integerList("drop_on")));
        classifier.setSuccessfulOn(ints(config.integerList("successful_on")));
        classifier.setFollowRedirects(config.bool("follow_redirects"));
        classifier.setDumpRequestLogLevel(config.string("dump_request_log_level"));
        classifier.setPropagateResponse(propagate);
        classifier.setAnnotateFailures(annotateFailures);
        classifier.setExtractHeaderPrefixes(config.object("extract_headers").stringList("include_prefixes"));
        classifier.setExtractHeaderPatterns(config.object("extract_headers").stringList("include_patterns"));

        long timeout = config.duration("timeout").toMillis();
        VertxHttpUri uri = new VertxHttpUri(config.string("url"), timeout);
        OAuth2TokenSource oauth2 = HttpClientAuth.oauth2(config, timeout);
        String optionsRef = null;
        if (config.object("tls").bool("enabled") || !config.bool("follow_redirects")
                || !config.string("proxy_url").isEmpty() || oauth2 != null) {
            optionsRef = context.bind(context.stepId("client_options"), VertxHttpUri.clientOptions(config));
            uri.clientOptions(optionsRef);
        }
        String classifierRef = context.bind(context.stepId("response"), classifier);
        String gateRef = null;
        String rateLimit = config.string("rate_limit");
        if (!rateLimit.isEmpty() || oauth2 != null) {
            HttpRequestGate gate = new HttpRequestGate();
            gate.setVerb(config.string("verb"));
            gate.setClassifierRef(classifierRef);
            if (!rateLimit.isEmpty()) {
                gate.setRateLimitRef(context.rateLimitBean(rateLimit));
            }
            if (oauth2 != null) {
                gate.setOauth2(oauth2);
                gate.setClientOptionsRef(optionsRef);
            }
            gateRef = context.bind(context.stepId("gate"), gate);
        }
        return new Steps(uri.toString(), context.bind(context.stepId("request"), preparer), gateRef, classifierRef);
    }

    private static List<Integer> ints(List<Long> values) {
        return values.stream().map(Long::intValue).toList();
    }
}
