package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import org.apache.camel.model.ProcessorDefinition;

/** {@code mapping: <bloblang>}: builds a new message from the input with a Bloblang mapping. */
public class MappingProcessor implements ProcessorComponent {
    @Override
    public ComponentSpec spec() {
        return ComponentSpec.ofValue("mapping", ComponentKind.PROCESSOR,
                "Executes a Bloblang mapping on messages, creating a new document that replaces (or filters) the original.",
                FieldType.BLOBLANG, null).asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        return appendMapping(config.string(config.type()), false, tail, context);
    }

    static ProcessorDefinition<?> appendMapping(String mapping, boolean mutation, ProcessorDefinition<?> tail,
                                                TranslationContext context) {
        MappingStep step = new MappingStep();
        step.setMapping(mapping);
        step.setMutation(mutation);
        step.setPath(context.path());
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
