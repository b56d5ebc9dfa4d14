package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.Values;

/** {@code string()}: Go {@code IToString} (JSON for arrays and objects, {@code 'g'} floats, raw bytes). */
public final class StringMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("string").category("Type Coercion").pure()
                .description("Marshal a value into a string. If the value is already a string it is unchanged.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (v, ctx) -> Values.toGoString(v);
    }
}
