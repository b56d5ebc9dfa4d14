package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.http.client.HttpBatcher;
import io.camelbenthos.http.client.HttpCallOutcome;
import io.camelbenthos.http.client.HttpClientAuth;
import io.camelbenthos.http.client.HttpClientSteps;
import io.camelbenthos.http.client.HttpRequestGate;
import io.camelbenthos.http.client.HttpRequestPreparer;
import io.camelbenthos.http.client.HttpResponseClassifier;
import io.camelbenthos.http.client.MultipartPart;
import io.camelbenthos.http.client.VertxHttpUri;
import io.camelbenthos.http.client.auth.OAuth2TokenSource;
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
            FieldSpec.of("dump_request_log_level", FieldType.STRING, "",
                    "EXPERIMENTAL: log each request and its response (`http request log` with an `access_log` "
                            + "object) at this level.")
                    .options("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL", "").asAdvanced(),
            HttpClientAuth.oauthField(),
            HttpClientAuth.oauth2Field(),
            HttpClientAuth.basicAuthField(),
            HttpClientAuth.jwtField(),
            FieldSpec.object("tls", "TLS settings.",
                    FieldSpec.of("enabled", FieldType.BOOL, false, "Whether custom TLS settings are enabled."),
                    FieldSpec.of("skip_cert_verify", FieldType.BOOL, false, "Skip server certificate checks."),
                    FieldSpec.of("enable_renegotiation", FieldType.BOOL, false, "Ignored."),
                    FieldSpec.of("root_cas", FieldType.STRING, "", "PEM root certificates."),
                    FieldSpec.of("root_cas_file", FieldType.STRING, "", "A PEM file of root certificates."),
                    FieldSpec.objectList("client_certs", "Client certificates (mutual TLS).",
                            FieldSpec.of("cert", FieldType.STRING, "", "PEM certificate chain."),
                            FieldSpec.of("key", FieldType.STRING, "", "PEM private key."),
                            FieldSpec.of("cert_file", FieldType.STRING, "", "File of the PEM certificate chain."),
                            FieldSpec.of("key_file", FieldType.STRING, "", "File of the PEM private key."),
                            FieldSpec.of("password", FieldType.STRING, "",
                                    "Password of an encrypted private key (not supported).")))
                    .asAdvanced(),
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
                    .asAdvanced(),
            FieldSpec.of("batch_as_multipart", FieldType.BOOL, false,
                    "Send a batch (see `batching`) as one multipart/form-data request, each part with its "
                            + "message's metadata; otherwise as one request per message.").asAdvanced(),
            FieldSpec.of("propagate_response", FieldType.BOOL, false,
                    "Return the response as the synchronous response of the input.").asAdvanced(),
            FieldSpec.of("max_in_flight", FieldType.INT, 64L, "Parallel sends.").asAdvanced(),
            FieldSpec.object("batching", "Output-level batching: messages are held until a batch is complete, then "
                            + "sent as N requests or, with batch_as_multipart, as one multipart request.",
                    FieldSpec.of("count", FieldType.INT, 0L, "Messages per batch (0: no limit)."),
                    FieldSpec.of("byte_size", FieldType.INT, 0L, "Bytes per batch (0: no limit)."),
                    FieldSpec.of("period", FieldType.DURATION, "",
                            "How long an incomplete batch may wait before it is sent anyway."),
                    FieldSpec.of("check", FieldType.STRING, "", "A Bloblang query ending a batch (not supported)."),
                    FieldSpec.of("processors", FieldType.PROCESSOR_LIST, List.of(),
                            "Processors applied to a batch (not supported).")),
            new FieldSpec("multipart", FieldType.OBJECT_LIST, List.of(), false, true,
                    "EXPERIMENTAL: explicit multipart request parts; when not empty they are the request body.",
                    List.of(), List.of(
                    FieldSpec.of("content_type", FieldType.INTERPOLATED_STRING, "",
                            "The content type of the part."),
                    FieldSpec.of("content_disposition", FieldType.INTERPOLATED_STRING, "",
                            "The content disposition of the part."),
                    FieldSpec.of("body", FieldType.INTERPOLATED_STRING, "", "The body of the part."))));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        HttpRequestPreparer preparer = new HttpRequestPreparer();
        preparer.setUrl(config.string("url"));
        preparer.setVerb(config.string("verb"));
        preparer.setHeaders(config.stringMap("headers"));
        preparer.setMetadataPrefixes(config.object("metadata").stringList("include_prefixes"));
        preparer.setMetadataPatterns(config.object("metadata").stringList("include_patterns"));
        preparer.setMultipart(config.objectList("multipart").stream().map(HttpClientOutput::part).toList());
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
        classifier.setPropagateResponse(config.bool("propagate_response"));
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
        String preparerRef = context.bind(context.stepId("request"), preparer);
        // The last step carries the output's own id: it completing is the output's ack, its exception the nack.
        String id = context.stepId(null);
        HttpBatcher batcher = batcher(config);
        if (batcher == null) {
            return HttpClientSteps.append(tail, uri.toString(), preparerRef, gateRef, classifierRef,
                    context.bind(id, new HttpCallOutcome())).id(id);
        }
        String sendRoute = context.stepId("send");
        HttpClientSteps.append(context.addRoute("direct:" + sendRoute, sendRoute), uri.toString(), preparerRef,
                gateRef, classifierRef, context.bind(context.stepId("outcome"), new HttpCallOutcome()));
        batcher.setSendUri("direct:" + sendRoute);
        return tail.process(context.bind(id, batcher)).id(id);
    }

    /** The batcher of a {@code batching} policy that is not a no-op (Benthos's IsNoop: count over 1, etc.). */
    private static HttpBatcher batcher(ComponentConfig config) {
        ComponentConfig batching = config.object("batching");
        if (!batching.string("check").isEmpty()) {
            throw new ConfigException(batching.position("check"), "http_client: batching.check is not supported");
        }
        if (!batching.components("processors").isEmpty()) {
            throw new ConfigException(batching.position("processors"),
                    "http_client: batching.processors is not supported");
        }
        long count = batching.integer("count");
        long byteSize = batching.integer("byte_size");
        String period = batching.string("period");
        if (count <= 1 && byteSize <= 0 && period.isEmpty()) {
            return null;
        }
        HttpBatcher batcher = new HttpBatcher();
        batcher.setCount(count);
        batcher.setByteSize(byteSize);
        batcher.setPeriodMillis(period.isEmpty() ? 0 : GoDuration.parse(period) / 1_000_000);
        batcher.setAsMultipart(config.bool("batch_as_multipart"));
        return batcher;
    }

    private static MultipartPart part(ComponentConfig c) {
        MultipartPart part = new MultipartPart();
        part.setContentType(c.string("content_type"));
        part.setContentDisposition(c.string("content_disposition"));
        part.setBody(c.string("body"));
        return part;
    }

    private static List<Integer> ints(List<Long> values) {
        return values.stream().map(Long::intValue).toList();
    }
}
