package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import org.apache.camel.model.ProcessorDefinition;

/** {@code log}: writes a log line per message; the message is unchanged. */
public class LogProcessor implements ProcessorComponent {
    @Override
    public ComponentSpec spec() {
        return ComponentSpec.of("log", ComponentKind.PROCESSOR, "Prints a log event for each message.",
                FieldSpec.of("level", FieldType.STRING, "INFO", "The log level.")
                        .options("ERROR", "WARN", "INFO", "DEBUG", "TRACE", "FATAL", "ALL", "OFF", "NONE"),
                FieldSpec.of("message", FieldType.INTERPOLATED_STRING, "", "The message to print."),
                FieldSpec.of("fields_mapping", FieldType.BLOBLANG, "", "A mapping producing an object of fields to add."));
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        LogStep step = new LogStep();
        step.setLevel(config.string("level"));
        step.setMessage(config.string("message"));
        step.setFieldsMapping(config.string("fields_mapping"));
        step.setPath(context.path());
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
