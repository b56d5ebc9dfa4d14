package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/** The {@code command} processor (processors reference §20): see {@link CommandStep}. */
public final class CommandProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("command", ComponentKind.PROCESSOR, "beta",
            "Executes a command for each message: the raw bytes of the message are fed into the stdin of the "
                    + "command process, and the resulting message has its contents replaced with its stdout.",
            List.of(FieldSpec.required("name", FieldType.INTERPOLATED_STRING,
                            "The name of the command to execute."),
                    FieldSpec.of("args_mapping", FieldType.BLOBLANG, null,
                            "An optional Bloblang mapping that, when specified, should resolve into an array of "
                                    + "arguments to pass to the command.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        CommandStep step = new CommandStep();
        step.setName(config.string("name"));
        step.setArgsMapping(config.string("args_mapping"));
        try {
            step.compile();
        } catch (BloblangException e) {
            throw new ConfigException(config.position(), "command: " + e.getMessage());
        }
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
