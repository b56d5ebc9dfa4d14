package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.Values;

/** {@code type()}: the value's type name. */
public final class TypeMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("type").category("Type Coercion").pure()
                .description("Returns the type of a value as a string.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (v, ctx) -> Values.typeName(v);
    }
}
