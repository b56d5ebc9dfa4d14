package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.http.SyncResponseStep;
import org.apache.camel.model.ProcessorDefinition;

/** The {@code sync_response} output (semantics §2.2): stores the message as the http_server reply and acks. */
public final class SyncResponseOutput implements OutputComponent {
    private static final ComponentSpec SPEC = ComponentSpec.of("sync_response", ComponentKind.OUTPUT,
            "Returns the final message payload back to the input origin of the message, where supported.")
            .asNonBlocking();

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        SyncResponseStep step = new SyncResponseStep();
        step.setOutput(true);
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
