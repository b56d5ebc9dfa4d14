package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code round()}: Go {@code math.Round} (half away from zero, unlike Java's {@code Math.round}); an int64 when it fits. */
public final class RoundMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("round").category(NumberTarget.CATEGORY).pure()
                .description("Rounds a number to the nearest integer. Values at .5 round away from zero. Returns an integer if the result fits in 64-bit, otherwise returns a float.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> NumberTarget.rounded(target, RoundMethod::goRound);
    }

    /** Go {@code math.Round}: half away from zero; {@code Math.round} rounds half up and returns a long. */
    static double goRound(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double t = x < 0 ? Math.ceil(x) : Math.floor(x); // truncate
        if (Math.abs(x - t) >= 0.5) {
            t += Math.copySign(1, x);
        }
        return t == 0 ? Math.copySign(0.0, x) : t;
    }
}
