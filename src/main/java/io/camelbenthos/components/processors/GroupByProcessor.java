package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.model.ChoiceDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.SplitDefinition;
import org.apache.camel.model.language.SimpleExpression;

/**
 * {@code group_by} (processors reference §10.1): the messages of the batch go to the first group whose check passes,
 * those matching none to a last group; each group is a transaction of its own ({@link MultiBatch}), first run through
 * its group's processors (a route of its own, chosen by a {@code choice} on {@link GroupByStep#GROUP}).
 */
public class GroupByProcessor implements ProcessorComponent {
    @Override
    public ComponentSpec spec() {
        FieldSpec groups = new FieldSpec("group_by", FieldType.OBJECT_LIST, null, true, false,
                "The groups, tested in order.", List.of(), List.of(
                FieldSpec.required("check", FieldType.BLOBLANG,
                        "A Bloblang query that should return a boolean value indicating whether a message belongs to "
                                + "a given group."),
                FieldSpec.of("processors", FieldType.PROCESSOR_LIST, List.of(),
                        "A list of processors to execute on the newly formed group.")));
        return new ComponentSpec("group_by", ComponentKind.PROCESSOR, "stable",
                "Splits a batch of messages into N batches, where each resulting batch contains a group of messages "
                        + "determined by a Bloblang query.", List.of(groups));
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        List<ComponentConfig> groups = config.objectList("group_by");
        List<String> checks = new ArrayList<>();
        groups.forEach(g -> checks.add(g.string("check")));
        GroupByStep step = new GroupByStep();
        step.setChecks(checks);
        String id = context.stepId(null);
        tail.process(context.bind(id, step)).id(id);
        SplitDefinition each = MultiBatch.append(tail, context);
        String tagId = context.stepId("group");
        each.process(context.bind(tagId, new GroupByStep.Tag())).id(tagId);
        ChoiceDefinition choice = null;
        for (int i = 0; i < groups.size(); i++) {
            List<ComponentConfig> processors = groups.get(i).components("processors");
            if (processors.isEmpty()) {
                continue;
            }
            if (choice == null) {
                choice = each.choice();
                choice.id(context.stepId("groups"));
            }
            String uri = context.processorsEndpoint(processors, context.stepId(i + ".processors"));
            choice.when(new SimpleExpression("${exchangeProperty." + GroupByStep.GROUP + "} == " + i))
                    .to(uri).id(context.stepId(String.valueOf(i)));
        }
        if (choice != null) {
            choice.end();
        }
        return each;
    }
}
