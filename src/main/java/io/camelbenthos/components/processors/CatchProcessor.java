package io.camelbenthos.components.processors;

import io.camelbenthos.camel.FlagCheck;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/**
 * {@code catch: [procs]}: runs its processors only on flagged messages, each as a batch of its own
 * ({@link PerMessageBlock}), then clears the flag. The flag is cleared
 * after the whole block, so every processor of the block runs (semantics §7).
 */
public class CatchProcessor implements ProcessorComponent {
    @Override
    public ComponentSpec spec() {
        return ComponentSpec.ofValue("catch", ComponentKind.PROCESSOR,
                "Applies processors only to messages that failed a previous processor, then clears their error flag.",
                FieldType.PROCESSOR_LIST, List.of()).asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        ProcessorDefinition<?> each = PerMessageBlock.open(tail, context, "messages");
        String check = context.bind(context.stepId("check"), new FlagCheck());
        ProcessorDefinition<?> block = each.filter(FlagCheck.expression(check, "flagged")).id(context.stepId(null));
        block = context.appendProcessors(block, config.components("catch"));
        String clearId = context.stepId("clear");
        block.process(context.bind(clearId, new ClearErrorStep())).id(clearId).end();
        return PerMessageBlock.close(tail, context, "messages");
    }
}
