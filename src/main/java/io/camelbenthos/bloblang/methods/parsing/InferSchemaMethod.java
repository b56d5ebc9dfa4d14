package io.camelbenthos.bloblang.methods.parsing;

import io.camelbenthos.bloblang.formats.FormatException;
import io.camelbenthos.bloblang.formats.SchemaInference;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code infer_schema()}: the Benthos common schema (name/type/optional/children) describing the
 * target value. */
public final class InferSchemaMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("infer_schema")
                .category("Parsing")
                .description("Attempt to infer the schema of a given value. The resulting schema can then be used as an input to schema conversion and enforcement methods.")
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            try {
                return SchemaInference.infer(target);
            } catch (FormatException e) {
                throw Errors.failure(e.getMessage());
            }
        };
    }
}
