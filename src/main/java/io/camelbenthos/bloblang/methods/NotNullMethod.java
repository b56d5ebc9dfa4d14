package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code not_null()}: fails with {@code value is null} on null. */
public final class NotNullMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("not_null").category("Type Coercion").pure()
                .description("Ensures that the given value is not `null`, and if so returns it, otherwise an error is returned.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (v, ctx) -> {
            if (v == null) {
                throw Errors.failure("value is null");
            }
            return v;
        };
    }
}
