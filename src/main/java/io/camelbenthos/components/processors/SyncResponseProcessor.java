package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.http.SyncResponseStep;
import org.apache.camel.model.ProcessorDefinition;

/**
 * The {@code sync_response} processor (semantics §2.3): snapshots the message as the reply and passes it on
 * unchanged; the stored copy survives later processing and even deletion.
 */
public final class SyncResponseProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = ComponentSpec.of("sync_response", ComponentKind.PROCESSOR,
            "Adds the payload in its current state as a synchronous response to the input source.").asNonBlocking();

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        String id = context.stepId(null);
        return tail.process(context.bind(id, new SyncResponseStep())).id(id);
    }
}
