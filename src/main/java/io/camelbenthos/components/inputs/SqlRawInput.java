package io.camelbenthos.components.inputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.InputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.sql.SqlComponents;
import io.camelbenthos.sql.SqlConnectionSettings;

/** The {@code sql_raw} input (connectors reference §6.3): as {@link SqlSelectInput}, with a query of its own. */
public final class SqlRawInput implements InputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("sql_raw", ComponentKind.INPUT, "beta",
            "Executes a select query and creates a message for each row received.",
            SqlConnectionSettings.withConnectionFields(
                    FieldSpec.required("query", FieldType.STRING, SqlComponents.queryDescription()),
                    FieldSpec.of("args_mapping", FieldType.BLOBLANG, null, "An optional Bloblang mapping which should "
                            + "evaluate to an array of values matching in size to the number of placeholder "
                            + "arguments in the field `query`; evaluated once, without a message."),
                    FieldSpec.of("auto_replay_nacks", FieldType.BOOL, true,
                            "Whether messages that are rejected (nacked) at the output level should be automatically "
                                    + "replayed indefinitely.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return SqlSelectInput.reader(config);
    }

    @Override
    public void translate(ComponentConfig config, TranslationContext context) {
        SqlSelectInput.translateReader(config, context);
    }
}
