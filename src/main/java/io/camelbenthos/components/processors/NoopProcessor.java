package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/** {@code noop: {}} (processors reference §13.2): passes messages on unchanged. */
public final class NoopProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("noop", ComponentKind.PROCESSOR, "stable",
            "Noop is a processor that does nothing, the message passes through unchanged. Why? That's a great "
                    + "question.", List.of()).asNonBlocking();

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        // A step of its own all the same, so the processor is visible in exports and counted in /metrics.
        String id = context.stepId(null);
        return tail.process(context.bind(id, new NoopStep())).id(id);
    }
}
