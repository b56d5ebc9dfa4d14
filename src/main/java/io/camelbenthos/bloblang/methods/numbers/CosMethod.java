package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.go.GoMath;
import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code cos()}: cosine of a float64 (Go's Cephes polynomials, see {@link GoMath}). */
public final class CosMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("cos").category(NumberTarget.CATEGORY).pure()
                .description("Calculates the cosine of a given angle specified in radians.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> GoMath.cos(Values.getNumber(target));
    }
}
