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

    // Go folds (1/Ln2) and (Ln2/Ln10) exactly at compile time; dividing the rounded doubles is an ulp off.
    private static final double INV_LN2 = 1.44269504088896340735992468100189214;
    private static final double LN2_OVER_LN10 = 0.301029995663981195213738894724493027;

    /** Go {@code math.Log10}: {@code log2(x) * (Ln2/Ln10)} with Go's exact-power-of-two {@code log2}. */
    static double goLog10(double x) {
        return goLog2(x) * LN2_OVER_LN10;
    }

    private static double goLog2(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x) || x < 0) {
            return StrictMath.log(x) * INV_LN2;
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
        return StrictMath.log(frac) * INV_LN2 + exp;
    }
}
