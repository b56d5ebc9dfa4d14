package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/** {@code select_parts} (processors reference §13.5): keeps the messages at the given indexes, in selection order. */
public class SelectPartsProcessor implements ProcessorComponent {
    @Override
    public ComponentSpec spec() {
        return new ComponentSpec("select_parts", ComponentKind.PROCESSOR, "stable",
                "Cherry pick a set of messages from a batch by their index. Indexes larger than the number of "
                        + "messages are simply ignored.",
                List.of(FieldSpec.of("parts", FieldType.INT_LIST, List.of(),
                        "An array of message indexes of a batch. Indexes can be negative, and if so the part will be "
                                + "selected from the end counting backwards starting from -1."))).asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        SelectPartsStep step = new SelectPartsStep();
        step.setParts(config.integerList("parts"));
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
