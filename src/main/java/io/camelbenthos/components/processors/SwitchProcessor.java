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
import org.apache.camel.model.language.SimpleExpression;

/**
 * {@code switch: [{check, processors, fallthrough, continue}]}: each case is a decision step followed by a filter
 * running the case's processors inline, so every case is visible in the route model. The cases run on each message
 * of the batch as a batch of its own ({@link PerMessageBlock}), re-joined in order afterwards.
 */
public class SwitchProcessor implements ProcessorComponent {
    private static final String RUNS = "${exchangeProperty." + SwitchCaseStep.RUN + "} == true";

    @Override
    public ComponentSpec spec() {
        FieldSpec cases = new FieldSpec("switch", FieldType.OBJECT_LIST, null, true, false,
                "The cases, tested in order.", List.of(), List.of(
                FieldSpec.of("check", FieldType.BLOBLANG, "", "A query returning a boolean; empty always passes."),
                FieldSpec.of("processors", FieldType.PROCESSOR_LIST, List.of(), "Processors run when the case passes."),
                FieldSpec.of("fallthrough", FieldType.BOOL, false, "Also run the next case, without testing it."),
                FieldSpec.of("continue", FieldType.BOOL, false, "Also test the next case.")));
        return new ComponentSpec("switch", ComponentKind.PROCESSOR, "stable",
                "Conditionally processes messages based on their contents.", List.of(cases)).asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        String stateProperty = "CamelBenthosSwitch." + context.stepId("state");
        ProcessorDefinition<?> current = PerMessageBlock.open(tail, context, "messages");
        List<ComponentConfig> cases = config.objectList("switch");
        for (int i = 0; i < cases.size(); i++) {
            ComponentConfig c = cases.get(i);
            SwitchCaseStep step = new SwitchCaseStep();
            step.setStateProperty(stateProperty);
            step.setIndex(i);
            step.setCheck(c.string("check"));
            step.setFallthrough(c.bool("fallthrough"));
            step.setContinueTesting(c.bool("continue"));
            String checkId = context.stepId(i + ".check");
            current = current.process(context.bind(checkId, step)).id(checkId);
            ProcessorDefinition<?> block = current.filter(new SimpleExpression(RUNS)).id(context.stepId(String.valueOf(i)));
            current = context.appendProcessors(block, c.components("processors")).end();
        }
        return PerMessageBlock.close(tail, context, "messages");
    }
}
