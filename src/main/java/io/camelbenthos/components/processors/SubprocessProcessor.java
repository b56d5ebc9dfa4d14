package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.exec.Executables;
import io.camelbenthos.exec.FrameReader;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/** The {@code subprocess} processor (processors reference §20): see {@link SubprocessStep}. */
public final class SubprocessProcessor implements ProcessorComponent {
    private static final String[] CODECS = FrameReader.CODECS.toArray(String[]::new);
    private static final ComponentSpec SPEC = new ComponentSpec("subprocess", ComponentKind.PROCESSOR, "stable",
            "Executes a command as a subprocess and, for each message, will pipe its contents to the stdin stream of "
                    + "the process followed by a newline.",
            List.of(FieldSpec.required("name", FieldType.STRING, "The command to execute as a subprocess."),
                    FieldSpec.of("args", FieldType.STRING_LIST, List.of(), "A list of arguments to provide the "
                            + "command."),
                    FieldSpec.of("max_buffer", FieldType.INT, 65536L, "The maximum expected response size.")
                            .asAdvanced(),
                    FieldSpec.of("codec_send", FieldType.STRING, "lines", "Determines how messages written to the "
                            + "subprocess are encoded, which allows them to be logically separated.").asAdvanced()
                            .options(CODECS),
                    FieldSpec.of("codec_recv", FieldType.STRING, "lines", "Determines how messages read from the "
                            + "subprocess are decoded, which allows them to be logically separated.").asAdvanced()
                            .options(CODECS)));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        SubprocessStep step = new SubprocessStep();
        step.setName(config.string("name"));
        step.setArgs(config.stringList("args"));
        step.setMaxBuffer((int) Math.min(Integer.MAX_VALUE, Math.max(1, config.integer("max_buffer"))));
        step.setCodecSend(config.string("codec_send"));
        step.setCodecRecv(config.string("codec_recv"));
        try {
            Executables.lookup(step.getName()); // Benthos starts the process when the processor is built
        } catch (IllegalArgumentException e) {
            throw new ConfigException(config.position("name"), "subprocess: " + e.getMessage());
        }
        String id = context.stepId(null);
        step.setThreadName(id);
        return tail.process(context.bind(id, step)).id(id);
    }
}
