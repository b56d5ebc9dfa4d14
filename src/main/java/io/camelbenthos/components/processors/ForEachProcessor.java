package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/**
 * {@code for_each: [procs]} (processors reference §11.2): the processors run on each message as a batch of its own,
 * one message after the other, and what they return is re-joined into one batch ({@link PerMessageBlock}).
 */
public final class ForEachProcessor implements ProcessorComponent {
    @Override
    public ComponentSpec spec() {
        return ComponentSpec.ofValue("for_each", ComponentKind.PROCESSOR,
                "A processor that applies a list of child processors to messages of a batch as though they were "
                        + "each a batch of one message.",
                FieldType.PROCESSOR_LIST, List.of()).asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        List<ComponentConfig> processors = config.components("for_each");
        if (processors.isEmpty()) {
            return tail;
        }
        context.appendProcessors(PerMessageBlock.open(tail, context, null), processors);
        return PerMessageBlock.close(tail, context, null);
    }
}
