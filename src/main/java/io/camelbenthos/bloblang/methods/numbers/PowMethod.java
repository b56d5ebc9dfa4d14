package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code pow(exponent)}: float64 power. */
public final class PowMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("pow").category(NumberTarget.CATEGORY).pure()
                .description("Returns the number raised to the specified exponent.")
                .param(ParamSpec.float64("exponent", "The exponent you want to raise to the power of.")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        double exponent = args.float64("exponent");
        return (target, ctx) -> StrictMath.pow(Values.getNumber(target), exponent);
    }
}
