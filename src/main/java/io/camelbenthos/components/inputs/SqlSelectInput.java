package io.camelbenthos.components.inputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.InputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.sql.SqlConnectionSettings;
import io.camelbenthos.sql.SqlReader;
import io.camelbenthos.sql.SqlSelectStep;

/**
 * The {@code sql_select} input (connectors reference §6.2): runs the select once and emits one message per row,
 * then ends. A {@link SqlReader}, started by a one-shot timer route, feeds the delivery route.
 */
public final class SqlSelectInput implements InputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("sql_select", ComponentKind.INPUT, "beta",
            "Executes a select query and creates a message for each row received.",
            SqlConnectionSettings.withConnectionFields(
                    FieldSpec.required("table", FieldType.STRING, "The table to select from."),
                    FieldSpec.required("columns", FieldType.STRING_LIST, "A list of columns to select."),
                    FieldSpec.of("where", FieldType.STRING, null, "An optional where clause to add. Placeholders "
                            + "should always be question marks, whatever the driver."),
                    FieldSpec.of("args_mapping", FieldType.BLOBLANG, null, "An optional Bloblang mapping which should "
                            + "evaluate to an array of values matching in size to the number of placeholder "
                            + "arguments in the field `where`; evaluated once, without a message."),
                    FieldSpec.of("prefix", FieldType.STRING, null,
                            "An optional prefix to prepend to the select query (before SELECT).").asAdvanced(),
                    FieldSpec.of("suffix", FieldType.STRING, null,
                            "An optional suffix to append to the select query.").asAdvanced(),
                    FieldSpec.of("auto_replay_nacks", FieldType.BOOL, true,
                            "Whether messages that are rejected (nacked) at the output level should be automatically "
                                    + "replayed indefinitely.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return reader(config);
    }

    static SqlReader reader(ComponentConfig config) {
        SqlReader reader = new SqlReader();
        reader.setConnection(SqlConnectionSettings.from(config));
        reader.setInputType(config.type());
        if (config.isSet("args_mapping")) {
            reader.setArgsMapping(config.string("args_mapping"));
        }
        reader.setAutoReplayNacks(config.bool("auto_replay_nacks"));
        if (config.type().equals("sql_select")) {
            reader.setQuery(SqlSelectStep.sql(opt(config, "prefix"), config.stringList("columns"),
                    config.string("table"), opt(config, "where"), opt(config, "suffix")));
        } else {
            reader.setQuery(config.string("query"));
            reader.setNativePlaceholders(true);
        }
        return reader;
    }

    private static String opt(ComponentConfig config, String field) {
        return config.isSet(field) ? config.string(field) : "";
    }

    @Override
    public void translate(ComponentConfig config, TranslationContext context) {
        translateReader(config, context);
    }

    /** The delivery route (the input's processors, then the pipeline) and the reader's one-shot route. */
    static void translateReader(ComponentConfig config, TranslationContext context) {
        String routeId = context.stepId(null);
        String deliveryUri = "direct:" + routeId;
        var tail = context.appendProcessors(context.addRoute(deliveryUri, routeId), config.processors());
        tail.to(context.pipelineEndpoint()).id(context.stepId("deliver"));

        String readerId = context.stepId("reader");
        SqlReader reader = context.connectionProbe() instanceof SqlReader probe ? probe : reader(config);
        reader.setTarget(deliveryUri);
        reader.setStreamId(context.streamId());
        reader.setName(routeId);
        context.addRoute("timer:" + readerId + "?repeatCount=1&delay=0", readerId)
                .process(context.bind(readerId, reader)).id(readerId + ".read");
    }
}
