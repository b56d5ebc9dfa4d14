package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import org.apache.camel.model.ProcessorDefinition;

/** {@code bloblang: <mapping>}: the older name of {@code mapping}, with the same behaviour. */
public class BloblangProcessor implements ProcessorComponent {
    @Override
    public ComponentSpec spec() {
        return ComponentSpec.ofValue("bloblang", ComponentKind.PROCESSOR,
                "Executes a Bloblang mapping on messages (the older name of the mapping processor).",
                FieldType.BLOBLANG, null).asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        return MappingProcessor.appendMapping(config.string(config.type()), false, tail, context);
    }
}
