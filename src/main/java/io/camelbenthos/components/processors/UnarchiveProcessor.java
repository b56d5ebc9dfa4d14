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
import org.apache.camel.model.ProcessorDefinition;

/**
 * {@code unarchive} (processors reference §9): each message is replaced, within the batch, by the messages of the
 * archive it holds.
 */
public class UnarchiveProcessor implements ProcessorComponent {
    private static final List<String> FORMATS = List.of("tar", "zip", "binary", "lines", "json_documents",
            "json_array", "json_map", "csv");

    @Override
    public ComponentSpec spec() {
        return new ComponentSpec("unarchive", ComponentKind.PROCESSOR, "stable",
                "Unarchives messages according to the selected archive format into multiple messages within a batch.",
                List.of(FieldSpec.required("format", FieldType.STRING, "The unarchiving format to apply: tar, zip, "
                        + "binary, lines, json_documents, json_array, json_map, csv, or csv:x for a csv with the "
                        + "single character delimiter x."))).asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        String format = config.string("format");
        if (format.startsWith("csv:")) {
            String delimiter = format.substring("csv:".length());
            if (delimiter.isEmpty()) {
                throw new ConfigException(config.position("format"), "csv format requires a non-empty delimiter");
            }
            if (delimiter.codePointCount(0, delimiter.length()) != 1) {
                throw new ConfigException(config.position("format"), "csv format requires a single character delimiter");
            }
        } else if (!FORMATS.contains(format)) {
            throw new ConfigException(config.position("format"), "archive format not recognised: " + format);
        }
        UnarchiveStep step = new UnarchiveStep();
        step.setFormat(format);
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
