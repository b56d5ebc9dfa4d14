package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.files.FileWriteStep;
import org.apache.camel.model.ProcessorDefinition;

/** The {@code file} output (connectors reference §7.2): one {@link FileWriteStep}; writes one message at a time. */
public final class FileOutput implements OutputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("file", ComponentKind.OUTPUT, "stable",
            "Writes messages to files on disk based on a chosen codec.", java.util.List.of(
            FieldSpec.required("path", FieldType.INTERPOLATED_STRING, "The file to write to, if the file does not "
                    + "yet exist it will be created; only one file is open at a time."),
            FieldSpec.of("codec", FieldType.STRING, "lines", "The way in which the bytes of messages are written: "
                    + "`lines` (a line break after each), `delim:x` (a custom delimiter after each), `append` (no "
                    + "delimiter) or `all-bytes` (each message replaces the file's content).")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        String codec = config.string("codec");
        if (codec.equals("delim:")) {
            throw new ConfigException(config.position("codec"), "custom delimiter codec requires a non-empty delimiter");
        }
        if (FileWriteStep.suffix(codec) == null) {
            throw new ConfigException(config.position("codec"), "codec was not recognised: " + codec);
        }
        FileWriteStep step = new FileWriteStep();
        step.setPath(config.string("path"));
        step.setCodec(codec);
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
