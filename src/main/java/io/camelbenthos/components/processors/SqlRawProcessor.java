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
import io.camelbenthos.sql.SqlRawStep;
import org.apache.camel.model.ProcessorDefinition;

/** The {@code sql_raw} processor ({@link SqlRawStep}). */
public final class SqlRawProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("sql_raw", ComponentKind.PROCESSOR, "stable",
            "Runs an arbitrary SQL query against a database and (optionally) returns the result as an array of "
                    + "objects, one for each row returned.",
            SqlConnectionSettings.withConnectionFields(
                    FieldSpec.required("query", FieldType.STRING, SqlComponents.queryDescription()),
                    SqlComponents.unsafeDynamicQuery(),
                    SqlComponents.argsMapping("query"),
                    FieldSpec.of("exec_only", FieldType.BOOL, false, "Whether the query result should be discarded. "
                            + "When set to `true` the message contents will remain unchanged.")))
            .asNonBlocking();

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        SqlRawStep step = SqlComponents.configure(new SqlRawStep(), config, context);
        step.setQuery(config.string("query"));
        step.setUnsafeDynamicQuery(config.bool("unsafe_dynamic_query"));
        if (step.isUnsafeDynamicQuery()) {
            SqlComponents.checkInterpolation(config, "query", step.getQuery());
        }
        step.setExecOnly(config.bool("exec_only"));
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
