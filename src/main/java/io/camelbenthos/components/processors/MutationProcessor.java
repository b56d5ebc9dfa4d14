package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import org.apache.camel.model.ProcessorDefinition;

/** {@code mutation: <bloblang>}: edits the message in place with a Bloblang mapping. */
public class MutationProcessor implements ProcessorComponent {
    @Override
    public ComponentSpec spec() {
        return ComponentSpec.ofValue("mutation", ComponentKind.PROCESSOR,
                "Executes a Bloblang mapping and directly transforms the contents of messages, mutating them in place.",
                FieldType.BLOBLANG, null).asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        return MappingProcessor.appendMapping(config.string(config.type()), true, tail, context);
    }
}
