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

/** {@code bounds_check} (processors reference §13.4): drops (acks) a batch outside the bounds. */
public class BoundsCheckProcessor implements ProcessorComponent {
    @Override
    public ComponentSpec spec() {
        return new ComponentSpec("bounds_check", ComponentKind.PROCESSOR, "stable",
                "Removes messages (and batches) that do not fit within certain size boundaries.",
                List.of(FieldSpec.of("max_part_size", FieldType.INT, 1073741824L,
                                "The maximum size of a message to allow (in bytes)"),
                        FieldSpec.of("min_part_size", FieldType.INT, 1L,
                                "The minimum size of a message to allow (in bytes)"),
                        FieldSpec.of("max_parts", FieldType.INT, 100L,
                                "The maximum size of message batches to allow (in message count)").asAdvanced(),
                        FieldSpec.of("min_parts", FieldType.INT, 1L,
                                "The minimum size of message batches to allow (in message count)").asAdvanced()))
                .asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        BoundsCheckStep step = new BoundsCheckStep();
        step.setMaxPartSize(config.integer("max_part_size"));
        step.setMinPartSize(config.integer("min_part_size"));
        step.setMaxParts(config.integer("max_parts"));
        step.setMinParts(config.integer("min_parts"));
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
