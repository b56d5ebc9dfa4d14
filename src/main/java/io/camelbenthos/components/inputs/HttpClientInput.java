package io.camelbenthos.components.inputs;

import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.http.client.HttpClientConfig;
import io.camelbenthos.http.client.HttpClientReader;
import io.camelbenthos.http.client.HttpClientSteps;
import io.camelbenthos.http.client.HttpProcessorOutcome;
import io.camelbenthos.scanner.ScannerChoice;
import io.camelbenthos.source.SourcePump;
import java.util.List;

/**
 * The {@code http_client} input (connectors reference §7.4): polling (each request right after the previous one was
 * delivered, through the http client's steps) or stream mode (one long request cut by a scanner), by a
 * {@link HttpClientReader}.
 */
public final class HttpClientInput implements PumpedInput {
    private static final ComponentSpec SPEC = new ComponentSpec("http_client", ComponentKind.INPUT, "stable",
            "Connects to a server and continuously performs requests for a single message.", fields());

    private static List<FieldSpec> fields() {
        List<FieldSpec> fields = HttpClientConfig.fields(
                FieldSpec.of("payload", FieldType.INTERPOLATED_STRING, null,
                        "An optional payload to deliver for each request."),
                FieldSpec.of("drop_empty_bodies", FieldType.BOOL, true,
                        "Whether empty payloads received from the target server should be dropped.").asAdvanced(),
                FieldSpec.object("stream", "Allows you to set streaming mode, where requests are kept open and "
                                + "messages are processed line-by-line.",
                        FieldSpec.of("enabled", FieldType.BOOL, false, "Enables streaming mode."),
                        FieldSpec.of("reconnect", FieldType.BOOL, true,
                                "Sets whether to re-establish the connection once it is lost."),
                        FileInput.scannerField(),
                        FieldSpec.of("codec", FieldType.STRING, null, "Deprecated: the old codec names.")
                                .asAdvanced(),
                        FieldSpec.of("max_buffer", FieldType.INT, 1000000L, "Deprecated: the old codecs' buffer.")
                                .asAdvanced()),
                FileInput.autoReplayNacksField());
        // the input's requests default to GET (the output's and processor's to POST)
        fields.replaceAll(f -> f.name().equals("verb")
                ? FieldSpec.of("verb", FieldType.STRING, "GET", "A verb to connect with.") : f);
        return fields;
    }

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public SourcePump pump(ComponentConfig config, TranslationContext context, String deliveryUri) {
        HttpClientReader reader = new HttpClientReader();
        reader.setPayload(config.raw("payload") != null ? config.string("payload") : null);
        reader.setDropEmptyBodies(config.bool("drop_empty_bodies"));
        reader.setAutoReplayNacks(config.bool("auto_replay_nacks"));
        ComponentConfig stream = config.object("stream");
        if (!stream.bool("enabled")) {
            HttpClientConfig.Steps steps = HttpClientConfig.translate(config, context, List.of(), true, true);
            HttpProcessorOutcome outcome = new HttpProcessorOutcome();
            outcome.setUrl(config.string("url"));
            String requestId = context.stepId("request");
            HttpClientSteps.append(context.addRoute("direct:" + requestId, requestId), steps,
                    context.bind(context.stepId("response"), outcome));
            reader.setRequestUri("direct:" + requestId);
            return reader;
        }
        configureStream(config, stream, reader);
        return reader;
    }

    /** Stream mode: one plain request, so only what it can honour is accepted. */
    private static void configureStream(ComponentConfig config, ComponentConfig stream, HttpClientReader reader) {
        for (String auth : List.of("oauth", "oauth2", "jwt", "tls")) {
            if (config.object(auth).bool("enabled")) {
                throw new ConfigException(config.position(auth), "http_client stream mode supports basic_auth only, "
                        + "not " + auth);
            }
        }
        if (!config.string("proxy_url").isEmpty()) {
            throw new ConfigException(config.position("proxy_url"), "http_client stream mode does not support proxy_url");
        }
        staticText(config, "url");
        config.stringMap("headers").values().forEach(h -> {
            if (!InterpolatedString.parse(h).isStatic()) {
                throw new ConfigException(config.position("headers"),
                        "http_client stream mode: headers are sent once and cannot hold interpolations");
            }
        });
        if (config.raw("payload") != null) {
            staticText(config, "payload");
        }
        reader.setScanning(ScannerChoice.from(stream));
        reader.setStream(true);
        reader.setReconnect(stream.bool("reconnect"));
        reader.setUrl(config.string("url"));
        reader.setVerb(config.string("verb"));
        reader.setHeaders(config.stringMap("headers"));
        reader.setFollowRedirects(config.bool("follow_redirects"));
        ComponentConfig basic = config.object("basic_auth");
        if (basic.bool("enabled")) {
            reader.setBasicAuth(basic.string("username") + ":" + basic.string("password"));
        }
    }

    private static void staticText(ComponentConfig config, String field) {
        if (!InterpolatedString.parse(config.string(field)).isStatic()) {
            throw new ConfigException(config.position(field),
                    "http_client stream mode: " + field + " is used once and cannot hold interpolations");
        }
    }
}
