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
 * {@code group_by_value} (processors reference §10.2): one batch per distinct value, each going on as a transaction
 * of its own ({@link MultiBatch}).
 */
public class GroupByValueProcessor implements ProcessorComponent {
    @Override
    public ComponentSpec spec() {
        return new ComponentSpec("group_by_value", ComponentKind.PROCESSOR, "stable",
                "Splits a batch of messages into N batches, where each resulting batch contains a group of messages "
                        + "determined by a function interpolated string evaluated per message.",
                List.of(FieldSpec.required("value", FieldType.INTERPOLATED_STRING,
                        "The interpolated string to group based on."))).asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        GroupByValueStep step = new GroupByValueStep();
        step.setValue(config.string("value"));
        String id = context.stepId(null);
        tail.process(context.bind(id, step)).id(id);
        return MultiBatch.append(tail, context);
    }
}
