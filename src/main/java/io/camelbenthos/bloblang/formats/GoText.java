package io.camelbenthos.bloblang.formats;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Go's text forms of numbers and times that the codecs need: {@code strconv.FormatFloat(f, 'g', -1, 64)} and
 * {@code time.RFC3339Nano}. Kept here so every codec writes numbers and times the way Go does.
 */
public final class GoText {
    private GoText() {
    }

    /** {@code strconv.FormatFloat(f, 'g', -1, 64|32)}: shortest digits, exponent form when the exponent is < -4 or >= 6. */
    public static String formatG(double f, boolean float32) {
        if (Double.isNaN(f)) {
            return "NaN";
        }
        if (Double.isInfinite(f)) {
            return f > 0 ? "+Inf" : "-Inf";
        }
        if (f == 0) {
            return (Double.doubleToRawLongBits(f) < 0) ? "-0" : "0";
        }
        // Shortest round-trip digits; Float.toString for float32 so 0.1f prints as 0.1.
        BigDecimal bd = new BigDecimal(float32 ? Float.toString((float) f) : Double.toString(f)).stripTrailingZeros();
        String digits = bd.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - bd.scale(); // decimal exponent of the first digit
        // Go: with precision -1 ("shortest") the exponent threshold is fixed at 6, and the exponent has two digits or more.
        String sign = bd.signum() < 0 ? "-" : "";
        if (exp < -4 || exp >= 6) {
            StringBuilder sb = new StringBuilder(sign).append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                sb.append('0');
            }
            return sb.append(ae).toString();
        }
        return sign + bd.abs().toPlainString();
    }

    /** Go's {@code time.RFC3339Nano}: fraction without trailing zeros, {@code Z} for a zero offset. */
    public static String rfc3339Nano(ZonedDateTime t) {
        StringBuilder sb = new StringBuilder();
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            sb.append(year);
        } else {
            pad(sb, year, 4);
        }
        sb.append('-');
        pad(sb, t.getMonthValue(), 2);
        sb.append('-');
        pad(sb, t.getDayOfMonth(), 2);
        sb.append('T');
        pad(sb, t.getHour(), 2);
        sb.append(':');
        pad(sb, t.getMinute(), 2);
        sb.append(':');
        pad(sb, t.getSecond(), 2);
        int nano = t.getNano();
        if (nano != 0) {
            String frac = String.format("%09d", nano);
            int end = frac.length();
            while (frac.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(frac, 0, end);
        }
        ZoneOffset off = t.getOffset();
        int secs = off.getTotalSeconds();
        if (secs == 0) {
            sb.append('Z');
        } else {
            sb.append(secs < 0 ? '-' : '+');
            int abs = Math.abs(secs);
            pad(sb, abs / 3600, 2);
            sb.append(':');
            pad(sb, (abs / 60) % 60, 2);
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }
}
