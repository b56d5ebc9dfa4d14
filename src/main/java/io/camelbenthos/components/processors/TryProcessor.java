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
 * {@code try: [procs]}: runs on each message of the batch as a batch of its own ({@link PerMessageBlock}); each
 * processor is guarded by a filter, so a message that is flagged (before or within the block) skips the rest of the
 * block.
 */
public class TryProcessor implements ProcessorComponent {
    @Override
    public ComponentSpec spec() {
        return ComponentSpec.ofValue("try", ComponentKind.PROCESSOR,
                "Executes processors in order; a message that fails skips the remaining processors of the block.",
                FieldType.PROCESSOR_LIST, List.of()).asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        List<ComponentConfig> processors = config.components("try");
        if (processors.isEmpty()) {
            return tail;
        }
        ProcessorDefinition<?> current = PerMessageBlock.open(tail, context, null);
        String check = context.bind(context.stepId("check"), new FlagCheck());
        for (int i = 0; i < processors.size(); i++) {
            ProcessorDefinition<?> guarded = current.filter(FlagCheck.expression(check, "clean")).id(context.stepId(String.valueOf(i)));
            current = context.appendProcessors(guarded, List.of(processors.get(i))).end();
        }
        return PerMessageBlock.close(tail, context, null);
    }
}
