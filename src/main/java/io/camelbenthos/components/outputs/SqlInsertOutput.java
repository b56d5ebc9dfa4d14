package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.sql.SqlComponents;
import io.camelbenthos.sql.SqlConnectionSettings;
import io.camelbenthos.sql.SqlInsertStep;
import org.apache.camel.model.ProcessorDefinition;

/**
 * The {@code sql_insert} output (connectors reference §6.4): a {@link SqlInsertStep} writing each batch as one
 * multi-row INSERT on the component's own pool, off the pipeline's threads.
 */
public final class SqlInsertOutput implements OutputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("sql_insert", ComponentKind.OUTPUT, "stable",
            "Inserts a row into an SQL database for each message.",
            SqlConnectionSettings.withConnectionFields(
                    FieldSpec.required("table", FieldType.STRING, "The table to insert to."),
                    FieldSpec.required("columns", FieldType.STRING_LIST, "A list of columns to insert."),
                    FieldSpec.required("args_mapping", FieldType.BLOBLANG, "A Bloblang mapping which should evaluate "
                            + "to an array of values matching in size to the number of columns specified."),
                    FieldSpec.of("prefix", FieldType.STRING, null,
                            "An optional prefix to prepend to the insert query (before INSERT).").asAdvanced(),
                    FieldSpec.of("suffix", FieldType.STRING, null,
                            "An optional suffix to append to the insert query.").asAdvanced(),
                    FieldSpec.of("options", FieldType.STRING_LIST, null,
                            "A list of keywords to add before the INTO clause of the query.").asAdvanced(),
                    FieldSpec.of("max_in_flight", FieldType.INT, 64L,
                            "The maximum number of inserts to run in parallel (bounded by the connection pool)."),
                    BatchingField.spec("Messages are held until a batch is complete, then inserted with one "
                            + "multi-row INSERT; the whole batch is acked, or nacked on any error.")))
            .asNonBlocking();

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        return SqlComponents.appendOutput(SqlComponents.insertStep(config, context, true), config, tail, context);
    }
}
