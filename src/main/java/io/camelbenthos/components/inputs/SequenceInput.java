package io.camelbenthos.components.inputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.source.SequencePump;
import io.camelbenthos.source.SourcePump;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code sequence} input (connectors reference §8.1): its children one after the other, by a
 * {@link SequencePump}. {@code sharded_join} is refused at lint.
 */
public final class SequenceInput implements PumpedInput {
    private static final ComponentSpec SPEC = new ComponentSpec("sequence", ComponentKind.INPUT, "stable",
            "Reads messages from a sequence of child inputs, starting with the first and once that input gracefully "
                    + "terminates starts consuming from the next, and so on.", List.of(
            FieldSpec.object("sharded_join", "EXPERIMENTAL: joins messages of the children by an ID (only `none` "
                            + "is supported here).",
                    FieldSpec.of("type", FieldType.STRING, "none", "The type of join to perform.")
                            .options("none", "full-outer", "outer", "full-outter", "outter"),
                    FieldSpec.of("id_path", FieldType.STRING, "", "A dot path pointing to a common field."),
                    FieldSpec.of("iterations", FieldType.INT, 1L, "The total number of iterations (shards)."),
                    FieldSpec.of("merge_strategy", FieldType.STRING, "array", "The chosen strategy to use when a "
                            + "data join would otherwise result in a collision of field values.")
                            .options("array", "replace", "keep")).asAdvanced(),
            FieldSpec.required("inputs", FieldType.INPUT_LIST, "An array of inputs to read from sequentially.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public SourcePump pump(ComponentConfig config, TranslationContext context, String deliveryUri) {
        if (!config.object("sharded_join").string("type").equals("none")) {
            throw new ConfigException(config.object("sharded_join").position("type"),
                    "sequence input: sharded_join is not supported by this runtime (only type: none)");
        }
        List<ComponentConfig> inputs = config.components("inputs");
        if (inputs.isEmpty()) {
            throw new ConfigException(config.position("inputs"), "requires at least one child input");
        }
        List<SourcePump> pumps = new ArrayList<>();
        List<String> vias = new ArrayList<>();
        for (ComponentConfig child : inputs) {
            ChildInputs.Child c = ChildInputs.translate("sequence", child, context, deliveryUri);
            pumps.add(c.pump());
            vias.add(c.via());
        }
        SequencePump pump = new SequencePump();
        pump.setInputs(pumps);
        pump.setVias(vias);
        return pump;
    }
}
