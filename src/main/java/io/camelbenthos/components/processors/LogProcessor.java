package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import java.util.Map;
import org.apache.camel.model.ProcessorDefinition;

/** {@code log}: writes a log line per message; the message is unchanged. */
public class LogProcessor implements ProcessorComponent {
    @Override
    public ComponentSpec spec() {
        return ComponentSpec.of("log", ComponentKind.PROCESSOR, "Prints a log event for each message.",
                FieldSpec.of("level", FieldType.STRING, "INFO", "The log level.")
                        .options("ERROR", "WARN", "INFO", "DEBUG", "TRACE", "FATAL", "ALL", "OFF", "NONE"),
                FieldSpec.of("message", FieldType.INTERPOLATED_STRING, "", "The message to print."),
                FieldSpec.of("fields_mapping", FieldType.BLOBLANG, "",
                        "An optional Bloblang mapping that can be used to specify extra fields to add to the log. If "
                                + "log fields are also added with the `fields` field then those values will override "
                                + "matching keys from this mapping."),
                FieldSpec.of("fields", FieldType.INTERPOLATED_MAP, Map.of(),
                        "A map of fields to print along with the log message (deprecated: use `fields_mapping`).")
                        .asAdvanced());
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        LogStep step = new LogStep();
        step.setLevel(config.string("level"));
        step.setMessage(config.string("message"));
        step.setFieldsMapping(config.string("fields_mapping"));
        step.setFields(config.stringMap("fields"));
        step.setPath(context.path());
        step.setLabel(config.label());
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
