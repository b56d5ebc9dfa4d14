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
 * {@code catch: [procs]}: runs its processors only on flagged messages, then clears the flag. The flag is cleared
 * after the whole block, so every processor of the block runs (semantics §7).
 */
public class CatchProcessor implements ProcessorComponent {
    static final String FLAGGED = "${exchangeProperty." + BenthosExchange.ERROR + "} != null";

    @Override
    public ComponentSpec spec() {
        return ComponentSpec.ofValue("catch", ComponentKind.PROCESSOR,
                "Applies processors only to messages that failed a previous processor, then clears their error flag.",
                FieldType.PROCESSOR_LIST, List.of()).asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        ProcessorDefinition<?> block = tail.filter(new SimpleExpression(FLAGGED)).id(context.stepId(null));
        block = context.appendProcessors(block, config.components("catch"));
        String clearId = context.stepId("clear");
        return block.process(context.bind(clearId, new ClearErrorStep())).id(clearId).end();
    }
}
