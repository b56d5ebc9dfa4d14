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
import io.camelbenthos.sql.SqlSelectStep;
import org.apache.camel.model.ProcessorDefinition;

/** The {@code sql_select} processor: the rows of a select replace the message ({@link SqlSelectStep}). */
public final class SqlSelectProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("sql_select", ComponentKind.PROCESSOR, "stable",
            "Runs an SQL select query against a database and returns the result as an array of objects, one for "
                    + "each row returned, containing a key for each column queried and its value.",
            SqlConnectionSettings.withConnectionFields(
                    FieldSpec.required("table", FieldType.STRING, "The table to query."),
                    FieldSpec.required("columns", FieldType.STRING_LIST, "A list of columns to query."),
                    FieldSpec.of("where", FieldType.STRING, null, "An optional where clause to add. Placeholders "
                            + "should always be question marks, whatever the driver."),
                    SqlComponents.argsMapping("where"),
                    FieldSpec.of("prefix", FieldType.STRING, null,
                            "An optional prefix to prepend to the query (before SELECT).").asAdvanced(),
                    FieldSpec.of("suffix", FieldType.STRING, null,
                            "An optional suffix to append to the select query.").asAdvanced()))
            .asNonBlocking();

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        SqlSelectStep step = SqlComponents.configure(new SqlSelectStep(), config, context);
        step.setTable(config.string("table"));
        step.setColumns(config.stringList("columns"));
        step.setWhere(config.isSet("where") ? config.string("where") : "");
        step.setPrefix(config.isSet("prefix") ? config.string("prefix") : "");
        step.setSuffix(config.isSet("suffix") ? config.string("suffix") : "");
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
