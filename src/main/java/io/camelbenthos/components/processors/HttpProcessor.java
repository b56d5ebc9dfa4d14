package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.http.client.HttpClientConfig;
import io.camelbenthos.http.client.HttpClientSteps;
import io.camelbenthos.http.client.HttpProcessorOutcome;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/**
 * The {@code http} processor (semantics §4.3): the http_client request steps, the response replacing the message's
 * content with {@code http_status_code} and the extracted headers merged into its metadata; a failure flags the
 * unchanged message and it flows on. A message here is one exchange, so {@code batch_as_multipart} and
 * {@code parallel} have nothing to batch, and a multipart response keeps its first part.
 */
public final class HttpProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("http", ComponentKind.PROCESSOR, "stable",
            "Performs an HTTP request using a message batch as the request body, and replaces the original message "
                    + "parts with the body of the response.",
            HttpClientConfig.fields(
                    FieldSpec.of("batch_as_multipart", FieldType.BOOL, false,
                            "Send message batches as a single multipart request (a batch here is one message).")
                            .asAdvanced(),
                    FieldSpec.of("parallel", FieldType.BOOL, false,
                            "Send the messages of a batch in parallel (a batch here is one message).")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        HttpClientConfig.Steps steps = HttpClientConfig.translate(config, context, List.of(), true, true);
        HttpProcessorOutcome outcome = new HttpProcessorOutcome();
        outcome.setUrl(config.string("url"));
        String id = context.stepId(null);
        // Benthos's http processor sends each message of a batch as a request of its own.
        ProcessorDefinition<?> each = PerMessageBlock.open(tail, context, "messages");
        HttpClientSteps.append(each, steps, context.bind(id, outcome)).id(id);
        return PerMessageBlock.close(tail, context, "messages");
    }
}
