package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code sin()}: sine of a float64 (fdlibm; Go's Cephes-based {@code math.Sin} can differ in the last bit for some inputs). */
public final class SinMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("sin").category(NumberTarget.CATEGORY).pure()
                .description("Calculates the sine of a given angle specified in radians.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> StrictMath.sin(Values.getNumber(target));
    }
}
