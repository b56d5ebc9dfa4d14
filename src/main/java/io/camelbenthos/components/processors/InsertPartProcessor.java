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

/** {@code insert_part} (processors reference §13.6): inserts a new message into the batch at an index. */
public class InsertPartProcessor implements ProcessorComponent {
    @Override
    public ComponentSpec spec() {
        return new ComponentSpec("insert_part", ComponentKind.PROCESSOR, "stable",
                "Insert a new message into a batch at an index. If the specified index is greater than the length "
                        + "of the existing batch it will be appended to the end.",
                List.of(FieldSpec.of("index", FieldType.INT, -1L,
                                "The index within the batch to insert the message at."),
                        FieldSpec.of("content", FieldType.INTERPOLATED_STRING, "",
                                "The content of the message being inserted."))).asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        InsertPartStep step = new InsertPartStep();
        step.setIndex(config.integer("index"));
        step.setContent(config.string("content"));
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
