package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import org.apache.camel.model.ProcessorDefinition;

/** {@code drop}: acks and discards every message. */
public class DropOutput implements OutputComponent {
    @Override
    public ComponentSpec spec() {
        return ComponentSpec.of("drop", ComponentKind.OUTPUT, "Drops all messages.").asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        String id = context.stepId(null);
        return tail.process(context.bind(id, new DropStep())).id(id);
    }
}
