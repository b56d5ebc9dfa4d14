package io.camelbenthos.sql;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.components.outputs.BatchPolicyStep;
import io.camelbenthos.components.outputs.BatchWriter;
import io.camelbenthos.components.outputs.BatchingField;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.Optional;
import org.apache.camel.model.ProcessorDefinition;

/** What the SQL components share in their specs and translations. */
public final class SqlComponents {
    private SqlComponents() {
    }

    /** {@code args_mapping}, optional. */
    public static FieldSpec argsMapping(String placeholdersOf) {
        return FieldSpec.of("args_mapping", FieldType.BLOBLANG, null, "A Bloblang mapping which should evaluate to an "
                + "array of values matching in size to the number of placeholder arguments in the field `"
                + placeholdersOf + "`.");
    }

    /** The raw {@code query} field's docs: the driver's own placeholder style. */
    public static String queryDescription() {
        return "The query to execute, with the driver's own placeholders: `?` for mysql and sqlite, `$1`, `$2`, ... "
                + "for postgres. Several statements separated by `;` run in one transaction (arguments go to the first).";
    }

    /** {@code unsafe_dynamic_query}. */
    public static FieldSpec unsafeDynamicQuery() {
        return FieldSpec.of("unsafe_dynamic_query", FieldType.BOOL, false, "Whether to enable interpolation functions "
                + "in the query. Great care should be made to ensure your queries are defended against injection "
                + "attacks.").asAdvanced();
    }

    /** The step's connection settings and name, from the config and the translation context. */
    public static <T extends SqlStep> T configure(T step, ComponentConfig config, TranslationContext context) {
        step.setConnection(SqlConnectionSettings.from(config));
        step.setName(context.stepId(null));
        if (config.declares("args_mapping") && config.isSet("args_mapping")) {
            step.setArgsMapping(config.string("args_mapping"));
        }
        return step;
    }

    /** Checks that a query given with {@code unsafe_dynamic_query} interpolates. */
    public static void checkInterpolation(ComponentConfig config, String field, String query) {
        try {
            InterpolatedString.parse(query);
        } catch (BloblangException e) {
            throw new ConfigException(config.position(field), "failed to parse interpolated field '" + field + "': "
                    + e.getMessage());
        }
    }

    /** The {@code sql_insert} step of the output ({@code output}) or the processor: both read the same fields. */
    public static SqlInsertStep insertStep(ComponentConfig config, TranslationContext context, boolean output) {
        SqlInsertStep step = configure(new SqlInsertStep(), config, context);
        step.setTable(config.string("table"));
        step.setColumns(config.stringList("columns"));
        step.setPrefix(config.isSet("prefix") ? config.string("prefix") : "");
        step.setSuffix(config.isSet("suffix") ? config.string("suffix") : "");
        if (config.declares("options") && config.isSet("options")) {
            step.setOptions(config.stringList("options")); // the output's only
        }
        step.setOutput(output);
        return step;
    }

    /**
     * Appends an output's writer: as the step itself, or behind the output's batching step, which then hands it whole
     * batches.
     */
    public static <T extends SqlStep & BatchWriter> ProcessorDefinition<?> appendOutput(
            T writer, ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        String id = context.stepId(null);
        Optional<BatchPolicyStep> policy = BatchingField.policy(config);
        if (policy.isEmpty()) {
            return tail.process(context.bind(id, writer)).id(id);
        }
        BatchPolicyStep step = policy.get();
        step.setWriter(context.bind(context.stepId("writer"), writer));
        return tail.process(context.bind(id, step)).id(id);
    }
}
