package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code log()}: natural logarithm (Go's {@code math.Log} and fdlibm share the algorithm). */
public final class LogMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("log").category(NumberTarget.CATEGORY).pure()
                .description("Calculates the natural logarithm (base e) of a number.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> StrictMath.log(NumberTarget.asFloat(target));
    }
}
