package io.camelbenthos.bloblang.methods.coercion;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.Values;

/** {@code bytes()}: the target as bytes (Go {@code IToBytes}: strings as UTF-8, others serialised). */
public final class BytesMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("bytes")
                .category("Type Coercion")
                .description("Marshals a value into a byte array")
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> Values.toBytes(target);
    }
}
