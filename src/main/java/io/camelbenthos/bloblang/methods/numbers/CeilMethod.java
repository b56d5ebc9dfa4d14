package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code ceil()}: Go {@code math.Ceil}; an int64 when the result fits, else a float. */
public final class CeilMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("ceil").category(NumberTarget.CATEGORY).pure()
                .description("Rounds a number up to the nearest integer. Returns an integer if the result fits in 64-bit, otherwise returns a float.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> NumberTarget.rounded(target, Math::ceil);
    }
}
