package io.camelbenthos.components.inputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.source.ReadUntilPump;
import io.camelbenthos.source.SourcePump;
import java.util.List;

/** The {@code read_until} input (connectors reference §8.2): its child until a check holds, by a {@link ReadUntilPump}. */
public final class ReadUntilInput implements PumpedInput {
    private static final ComponentSpec SPEC = new ComponentSpec("read_until", ComponentKind.INPUT, "stable",
            "Reads messages from a child input until a consumed message passes a Bloblang query, at which point the "
                    + "input closes.", List.of(
            FieldSpec.required("input", FieldType.INPUT, "The child input to consume from."),
            FieldSpec.of("check", FieldType.BLOBLANG, null, "A Bloblang query that should return a boolean value "
                    + "indicating whether the input should now be closed."),
            FieldSpec.of("idle_timeout", FieldType.DURATION, null, "The maximum amount of time without receiving "
                    + "new messages after which the input is closed."),
            FieldSpec.of("restart_input", FieldType.BOOL, false, "Whether the input should be reopened if it closes "
                    + "itself before the condition has resolved to true.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public SourcePump pump(ComponentConfig config, TranslationContext context, String deliveryUri) {
        if (config.raw("check") == null && config.raw("idle_timeout") == null) {
            throw new ConfigException(config.position(), "it is required to set either check or idle_timeout");
        }
        ChildInputs.Child child = ChildInputs.translate("read_until", config.component("input"), context,
                deliveryUri);
        ReadUntilPump pump = new ReadUntilPump();
        pump.setInput(child.pump());
        pump.setVia(child.via());
        pump.setCheck(config.raw("check") != null ? config.string("check") : "");
        pump.setIdleTimeoutMillis(config.raw("idle_timeout") != null ? config.duration("idle_timeout").toMillis() : 0);
        pump.setRestartInput(config.bool("restart_input"));
        return pump;
    }
}
