package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.List;
import org.apache.camel.model.LoopDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.language.SimpleExpression;

/**
 * {@code while} (processors reference §11.1): the processors run on the batch again and again while {@code check},
 * evaluated on message 0, is true. A Camel {@code loop} in its do-while form on the same exchange, its condition the
 * {@link WhileCheck} bean (which also counts the loops and knows {@code at_least_once}).
 */
public final class WhileProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("while", ComponentKind.PROCESSOR, "stable",
            "A processor that checks a Bloblang query against each batch of messages and executes child processors "
                    + "on them for as long as the query resolves to true.",
            List.of(FieldSpec.of("at_least_once", FieldType.BOOL, false,
                            "Whether to always run the child processors at least one time."),
                    FieldSpec.of("max_loops", FieldType.INT, 0L,
                            "An optional maximum number of loops to execute. Helps protect against accidentally "
                                    + "creating infinite loops.").asAdvanced(),
                    FieldSpec.of("check", FieldType.BLOBLANG, "",
                            "A Bloblang query that should return a boolean value indicating whether the while loop "
                                    + "should execute again."),
                    FieldSpec.required("processors", FieldType.PROCESSOR_LIST,
                            "A list of child processors to execute on each loop.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        if (config.string("check").isBlank()) {
            throw new ConfigException(config.position("check"), "a check query is required");
        }
        WhileCheck check = new WhileCheck();
        check.setCheck(config.string("check"));
        check.setAtLeastOnce(config.bool("at_least_once"));
        check.setMaxLoops(config.integer("max_loops"));
        String id = context.stepId(null);
        check.setCountProperty("CamelBenthosWhile." + id);
        String ref = context.bind(id + ".check", check);
        String startId = context.stepId("start");
        tail.process(ref).id(startId);
        LoopDefinition loop = new LoopDefinition(new SimpleExpression("${bean:" + ref + "?method=again}"));
        loop.setDoWhile("true");
        loop.setId(id);
        tail.addOutput(loop);
        context.appendProcessors(loop, config.components("processors"));
        // the loop's state goes with the batch: the next while starts its own
        String endId = context.stepId("end");
        return tail.removeProperty(check.getCountProperty()).id(endId);
    }
}
