package io.camelbenthos.components.outputs;

import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.http.client.HttpBatcher;
import io.camelbenthos.http.client.HttpCallOutcome;
import io.camelbenthos.http.client.HttpClientConfig;
import io.camelbenthos.http.client.HttpClientSteps;
import io.camelbenthos.http.client.MultipartPart;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/** The {@code http_client} output (semantics §4.1, §4.2) on camel-vertx-http, non-blocking. */
public final class HttpClientOutput implements OutputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("http_client", ComponentKind.OUTPUT, "stable",
            "Sends messages to an HTTP server.", HttpClientConfig.fields(
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
                    FieldSpec.of("body", FieldType.INTERPOLATED_STRING, "", "The body of the part.")))));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        List<MultipartPart> multipart = config.objectList("multipart").stream().map(HttpClientOutput::part).toList();
        HttpClientConfig.Steps steps = HttpClientConfig.translate(config, context, multipart,
                config.bool("propagate_response"), false);
        // The last step carries the output's own id: it completing is the output's ack, its exception the nack.
        String id = context.stepId(null);
        HttpBatcher batcher = batcher(config);
        if (batcher == null) {
            return HttpClientSteps.append(tail, steps, context.bind(id, new HttpCallOutcome())).id(id);
        }
        String sendRoute = context.stepId("send");
        HttpClientSteps.append(context.addRoute("direct:" + sendRoute, sendRoute), steps,
                context.bind(context.stepId("outcome"), new HttpCallOutcome()));
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

}
