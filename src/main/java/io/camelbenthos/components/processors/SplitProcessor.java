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

/**
 * {@code split} (processors reference §7): breaks the batch into smaller batches, each going on as a transaction of
 * its own ({@link MultiBatch}).
 */
public class SplitProcessor implements ProcessorComponent {
    @Override
    public ComponentSpec spec() {
        return new ComponentSpec("split", ComponentKind.PROCESSOR, "stable",
                "Breaks message batches (synonymous with multiple part messages) into smaller batches. The size of "
                        + "the resulting batches are determined either by a discrete size or, if the field "
                        + "`byte_size` is non-zero, then by total size in bytes (which ever limit is reached first).",
                List.of(FieldSpec.of("size", FieldType.INT, 1L,
                                "The target number of messages."),
                        FieldSpec.of("byte_size", FieldType.INT, 0L,
                                "An optional target of total message bytes."))).asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        SplitStep step = new SplitStep();
        step.setSize(config.integer("size"));
        step.setByteSize(config.integer("byte_size"));
        String id = context.stepId(null);
        tail.process(context.bind(id, step)).id(id);
        return MultiBatch.append(tail, context);
    }
}
