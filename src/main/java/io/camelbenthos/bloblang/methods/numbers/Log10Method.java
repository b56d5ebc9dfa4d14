package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code log10()}: decimal logarithm computed as Go does ({@code log2(x) * Ln2/Ln10}). */
public final class Log10Method implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("log10").category(NumberTarget.CATEGORY).pure()
                .description("Calculates the base-10 logarithm of a number.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> Log10Method.goLog10(NumberTarget.asFloat(target));
    }

    private static final double LN2 = 0.693147180559945309417232121458176568;
    private static final double LN10 = 2.30258509299404568401799145468436421;

    /** Go {@code math.Log10}: {@code log2(x) * (Ln2/Ln10)} with Go's exact-power-of-two {@code log2}. */
    static double goLog10(double x) {
        return goLog2(x) * (LN2 / LN10);
    }

    private static double goLog2(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x) || x < 0) {
            return StrictMath.log(x) * (1 / LN2);
        }
        int exp = Math.getExponent(x);
        double frac;
        if (exp == Double.MIN_EXPONENT - 1) { // subnormal
            double scaled = x * 0x1p52;
            exp = Math.getExponent(scaled) - 52;
            frac = scaled / Math.scalb(1.0, Math.getExponent(scaled) + 1);
        } else {
            frac = x / Math.scalb(1.0, exp + 1);
        }
        exp += 1; // Go's Frexp: x = frac * 2^exp with frac in [0.5, 1)
        if (frac == 0.5) {
            return exp - 1;
        }
        return StrictMath.log(frac) * (1 / LN2) + exp;
    }
}
