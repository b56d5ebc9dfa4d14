package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.sql.SqlComponents;
import io.camelbenthos.sql.SqlConnectionSettings;
import io.camelbenthos.sql.SqlInsertStep;
import org.apache.camel.model.ProcessorDefinition;

/** The {@code sql_insert} processor: inserts a row per message, leaving it unchanged ({@link SqlInsertStep}). */
public final class SqlInsertProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("sql_insert", ComponentKind.PROCESSOR, "stable",
            "Inserts rows into an SQL database for each message, and leaves the message unchanged.",
            SqlConnectionSettings.withConnectionFields(
                    FieldSpec.required("table", FieldType.STRING, "The table to insert to."),
                    FieldSpec.required("columns", FieldType.STRING_LIST, "A list of columns to insert."),
                    FieldSpec.required("args_mapping", FieldType.BLOBLANG, "A Bloblang mapping which should evaluate "
                            + "to an array of values matching in size to the number of columns specified."),
                    FieldSpec.of("prefix", FieldType.STRING, null,
                            "An optional prefix to prepend to the insert query (before INSERT).").asAdvanced(),
                    FieldSpec.of("suffix", FieldType.STRING, null,
                            "An optional suffix to append to the insert query.").asAdvanced()))
            .asNonBlocking();

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        SqlInsertStep step = SqlComponents.insertStep(config, context, false);
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
