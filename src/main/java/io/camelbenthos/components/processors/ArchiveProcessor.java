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

/** {@code archive} (processors reference §8): the batch becomes one message, an archive of its messages. */
public class ArchiveProcessor implements ProcessorComponent {
    @Override
    public ComponentSpec spec() {
        return new ComponentSpec("archive", ComponentKind.PROCESSOR, "stable",
                "Archives all the messages of a batch into a single message according to the selected archive format.",
                List.of(FieldSpec.required("format", FieldType.STRING, "The archiving format to apply.")
                                .options("concatenate", "tar", "zip", "binary", "lines", "json_array"),
                        FieldSpec.of("path", FieldType.INTERPOLATED_STRING, "",
                                "The path to set for each message in the archive (when applicable)."))).asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        ArchiveStep step = new ArchiveStep();
        step.setFormat(config.string("format"));
        step.setPath(config.string("path"));
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
