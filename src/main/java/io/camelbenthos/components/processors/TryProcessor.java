package io.camelbenthos.components.processors;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.language.SimpleExpression;

/**
 * {@code try: [procs]}: each processor is guarded by a filter, so a message that is flagged (before or within the
 * block) skips the rest of the block.
 */
public class TryProcessor implements ProcessorComponent {
    static final String NOT_FLAGGED = "${exchangeProperty." + BenthosExchange.ERROR + "} == null";

    @Override
    public ComponentSpec spec() {
        return ComponentSpec.ofValue("try", ComponentKind.PROCESSOR,
                "Executes processors in order; a message that fails skips the remaining processors of the block.",
                FieldType.PROCESSOR_LIST, List.of()).asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        ProcessorDefinition<?> current = tail;
        List<ComponentConfig> processors = config.components("try");
        for (int i = 0; i < processors.size(); i++) {
            ProcessorDefinition<?> guarded = current.filter(new SimpleExpression(NOT_FLAGGED)).id(context.stepId(String.valueOf(i)));
            current = context.appendProcessors(guarded, List.of(processors.get(i))).end();
        }
        return current;
    }
}
