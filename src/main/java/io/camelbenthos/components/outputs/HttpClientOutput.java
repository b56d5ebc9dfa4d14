package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.components.processors.PerMessageBlock;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.http.client.HttpBatchSender;
import io.camelbenthos.http.client.HttpCallOutcome;
import io.camelbenthos.http.client.HttpClientConfig;
import io.camelbenthos.http.client.HttpClientSteps;
import io.camelbenthos.http.client.MultipartPart;
import java.util.List;
import java.util.Optional;
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
            BatchingField.spec("Output-level batching: messages are held until a batch is complete, then sent "
                    + "as one request each or, with batch_as_multipart, as one multipart request; the whole batch "
                    + "is acked, or nacked at the first failure."),
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
        Optional<BatchPolicyStep> policy = BatchingField.policy(config);
        if (policy.isEmpty()) {
            if (config.bool("batch_as_multipart")) {
                return HttpClientSteps.append(tail, steps, context.bind(id, new HttpCallOutcome())).id(id);
            }
            // Benthos's WriteBatch without batch_as_multipart: each message of a batch is a request of its own.
            ProcessorDefinition<?> each = PerMessageBlock.open(tail, context, "messages");
            HttpClientSteps.append(each, steps, context.bind(id, new HttpCallOutcome())).id(id);
            return PerMessageBlock.close(tail, context, "messages");
        }
        // A batch is written whole (Benthos's WriteBatch): the send steps get a route of their own that the batch's
        // writer calls once per request, and the batching step, acking each message once its batch is written, is
        // the output's last step.
        String sendRoute = context.stepId("send");
        HttpClientSteps.append(context.addRoute("direct:" + sendRoute, sendRoute), steps,
                context.bind(context.stepId("outcome"), new HttpCallOutcome()));
        HttpBatchSender sender = new HttpBatchSender();
        sender.setSendUri("direct:" + sendRoute);
        sender.setAsMultipart(config.bool("batch_as_multipart"));
        BatchPolicyStep step = policy.get();
        step.setWriter(context.bind(context.stepId("batch-sender"), sender));
        return tail.process(context.bind(id, step)).id(id);
    }

    private static MultipartPart part(ComponentConfig c) {
        MultipartPart part = new MultipartPart();
        part.setContentType(c.string("content_type"));
        part.setContentDisposition(c.string("content_disposition"));
        part.setBody(c.string("body"));
        return part;
    }

}
