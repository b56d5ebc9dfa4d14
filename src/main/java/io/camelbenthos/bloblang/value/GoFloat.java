package io.camelbenthos.bloblang.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Go float64/float32 text conversions the engine needs: shortest round-trip digits, {@code strconv.FormatFloat(f,
 * 'g', -1, bits)} and {@code encoding/json}'s float format. (The full {@code strconv} port lives in
 * {@code io.camelbenthos.bloblang.go.GoStrconv}.)
 */
public final class GoFloat {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    private GoFloat() {
    }

    /** Decimal digits (no leading/trailing zeros) and decimal point position: value = 0.digits × 10^dp. */
    record Digits(String digits, int dp) {
    }

    /**
     * Go {@code strconv.ParseFloat(s, 64)} for decimal text (no hex floats): rejects what Go rejects (spaces, Java
     * suffixes such as {@code 1d}); accepts inf/infinity/nan in any case.
     *
     * @throws NumberFormatException when Go would fail to parse
     */
    public static double parse(String s) {
        if (DECIMAL.matcher(s).matches()) {
            return Double.parseDouble(s);
        }
        String l = s.toLowerCase(java.util.Locale.ROOT);
        switch (l) {
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            case "nan":
                return Double.NaN;
            default:
                throw new NumberFormatException("strconv.ParseFloat: parsing " + GoQuote.quote(s) + ": invalid syntax");
        }
    }

    static Digits shortest(double d) {
        // d is finite and non-zero, positive
        BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        Digits cand = toDigits(bd);
        if (cand.digits.length() >= 16) {
            // JDK 17's Double.toString is occasionally one digit too long; search for the shortest round-trip form
            BigDecimal exact = new BigDecimal(d);
            for (int p = 1; p < cand.digits.length(); p++) {
                BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
                if (r.doubleValue() == d) {
                    return toDigits(r.stripTrailingZeros());
                }
            }
        }
        return cand;
    }

    static Digits shortest32(float f) {
        BigDecimal bd = new BigDecimal(Float.toString(f)).stripTrailingZeros();
        Digits cand = toDigits(bd);
        if (cand.digits.length() >= 8) {
            BigDecimal exact = new BigDecimal(f);
            for (int p = 1; p < cand.digits.length(); p++) {
                BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
                if (r.floatValue() == f) {
                    return toDigits(r.stripTrailingZeros());
                }
            }
        }
        return cand;
    }

    private static Digits toDigits(BigDecimal bd) {
        String u = bd.unscaledValue().abs().toString();
        // value = u × 10^-scale = 0.u × 10^(len(u) - scale)
        return new Digits(u, u.length() - bd.scale());
    }

    /** Go {@code strconv.FormatFloat(f, 'g', -1, bits)} (bits 64 or 32). */
    public static String formatG(double f, int bits) {
        String special = special(f);
        if (special != null) {
            return special;
        }
        if (f == 0) {
            return (1 / f < 0) ? "-0" : "0";
        }
        Digits d = bits == 32 ? shortest32((float) Math.abs(f)) : shortest(Math.abs(f));
        StringBuilder sb = new StringBuilder(24);
        if (f < 0) {
            sb.append('-');
        }
        int exp = d.dp - 1;
        // Go: with shortest precision the %e/%f decision uses precision 6
        if (exp < -4 || exp >= 6) {
            appendE(sb, d, true);
        } else {
            appendF(sb, d);
        }
        return sb.toString();
    }

    /**
     * Go {@code encoding/json} float text: shortest digits, {@code %f} style for 1e-6 ≤ |f| < 1e21, otherwise
     * exponent form without exponent zero padding ({@code 1e-7}, {@code 1e+21}).
     *
     * @throws ArithmeticException for NaN and infinities (Go: {@code json: unsupported value})
     */
    public static String formatJson(double f, int bits) {
        if (Double.isNaN(f) || Double.isInfinite(f)) {
            throw new ArithmeticException("json: unsupported value: " + formatG(f, bits));
        }
        if (f == 0) {
            return (1 / f < 0) ? "-0" : "0";
        }
        double abs = Math.abs(f);
        Digits d = bits == 32 ? shortest32((float) abs) : shortest(abs);
        StringBuilder sb = new StringBuilder(24);
        if (f < 0) {
            sb.append('-');
        }
        boolean expForm = bits == 32 ? ((float) abs < 1e-6f || (float) abs >= 1e21f) : (abs < 1e-6 || abs >= 1e21);
        if (expForm) {
            appendE(sb, d, false);
        } else {
            appendF(sb, d);
        }
        return sb.toString();
    }

    private static String special(double f) {
        if (Double.isNaN(f)) {
            return "NaN";
        }
        if (f == Double.POSITIVE_INFINITY) {
            return "+Inf";
        }
        if (f == Double.NEGATIVE_INFINITY) {
            return "-Inf";
        }
        return null;
    }

    private static void appendE(StringBuilder sb, Digits d, boolean padExponent) {
        String ds = d.digits;
        sb.append(ds.charAt(0));
        if (ds.length() > 1) {
            sb.append('.').append(ds, 1, ds.length());
        }
        int exp = d.dp - 1;
        sb.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10 && padExponent) {
            sb.append('0');
        }
        sb.append(a);
    }

    private static void appendF(StringBuilder sb, Digits d) {
        String ds = d.digits;
        int dp = d.dp;
        if (dp <= 0) {
            sb.append("0.");
            for (int i = 0; i < -dp; i++) {
                sb.append('0');
            }
            sb.append(ds);
        } else if (dp >= ds.length()) {
            sb.append(ds);
            for (int i = ds.length(); i < dp; i++) {
                sb.append('0');
            }
        } else {
            sb.append(ds, 0, dp).append('.').append(ds, dp, ds.length());
        }
    }
}
