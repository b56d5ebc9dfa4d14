package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code cos()}: cosine of a float64 (fdlibm; Go's {@code math.Cos} can differ in the last bit for some inputs). */
public final class CosMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("cos").category(NumberTarget.CATEGORY).pure()
                .description("Calculates the cosine of a given angle specified in radians.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> StrictMath.cos(Values.getNumber(target));
    }
}
