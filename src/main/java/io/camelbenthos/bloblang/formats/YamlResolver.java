package io.camelbenthos.bloblang.formats;

import io.camelbenthos.bloblang.value.UInt64;
import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves a plain (unquoted) YAML scalar to a value the way {@code gopkg.in/yaml.v3} does when decoding into
 * {@code interface{}}: YAML 1.2 core rules plus yaml.v3's extras (underscores in numbers, {@code 0b}/{@code 0o},
 * Go base-0 integers such as {@code 0x1F} or {@code 0777}). Timestamps stay strings, as yaml.v3 keeps them for
 * {@code interface{}} targets. {@code yes}/{@code no}/{@code on}/{@code off} are strings (YAML 1.2).
 */
final class YamlResolver {
    /** Marker for "resolves to null" (Java null means string here, see {@link #resolvePlain}). */
    static final Object NULL = new Object();

    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> TRUES = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSES = Set.of("false", "False", "FALSE");
    private static final Set<String> OLD_BOOLS = Set.of("y", "Y", "yes", "Yes", "YES", "on", "On", "ON",
            "n", "N", "no", "No", "NO", "off", "Off", "OFF");
    private static final Pattern YAML_FLOAT = Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
    private static final Pattern BASE60_FLOAT = Pattern.compile("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?$");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\\.[0-9]*)?"
                    + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$");

    private YamlResolver() {
    }

    /**
     * The value of a plain scalar: {@link #NULL}, Boolean, Long, UInt64, Double, or {@code null} when it is a string.
     */
    static Object resolvePlain(String s) {
        if (NULLS.contains(s)) {
            return NULL;
        }
        if (TRUES.contains(s)) {
            return Boolean.TRUE;
        }
        if (FALSES.contains(s)) {
            return Boolean.FALSE;
        }
        switch (s) {
            case ".nan", ".NaN", ".NAN":
                return Double.NaN;
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
                return Double.POSITIVE_INFINITY;
            case "-.inf", "-.Inf", "-.INF":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        char c = s.charAt(0);
        if (!(c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'))) {
            return null;
        }
        if (TIMESTAMP.matcher(s).matches()) {
            return null; // a timestamp, kept as its text
        }
        String plain = s.replace("_", "");
        Object n = parseGoInt(plain);
        if (n != null) {
            return n;
        }
        if (YAML_FLOAT.matcher(plain).matches()) {
            try {
                return Double.parseDouble(plain);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** True when a string would be read back as a string if written plain. */
    static boolean resolvesToString(String s) {
        // Timestamps resolve to !!timestamp, not !!str, so yaml.v3 quotes them when writing.
        return !"<<".equals(s) && resolvePlain(s) == null && !TIMESTAMP.matcher(s).matches();
    }

    static boolean isOldBool(String s) {
        return OLD_BOOLS.contains(s);
    }

    static boolean isBase60Float(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        if (!(c == '+' || c == '-' || (c >= '0' && c <= '9')) || s.indexOf(':') < 0) {
            return false;
        }
        return BASE60_FLOAT.matcher(s).matches();
    }

    /** Go {@code strconv.ParseInt(s, 0, 64)} then {@code ParseUint}, plus yaml.v3's {@code 0b}/{@code 0o} forms. */
    private static Object parseGoInt(String s) {
        boolean neg = false;
        String body = s;
        if (body.startsWith("+") || body.startsWith("-")) {
            neg = body.charAt(0) == '-';
            body = body.substring(1);
        }
        if (body.isEmpty()) {
            return null;
        }
        int radix = 10;
        String digits = body;
        if (body.length() > 1 && body.charAt(0) == '0') {
            char p = Character.toLowerCase(body.charAt(1));
            if (p == 'x') {
                radix = 16;
                digits = body.substring(2);
            } else if (p == 'o') {
                radix = 8;
                digits = body.substring(2);
            } else if (p == 'b') {
                radix = 2;
                digits = body.substring(2);
            } else {
                radix = 8;
                digits = body.substring(1);
            }
        }
        if (digits.isEmpty()) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0) {
                return null;
            }
        }
        BigInteger v = new BigInteger(digits, radix);
        if (neg) {
            v = v.negate();
        }
        if (v.bitLength() < 64) {
            return v.longValue();
        }
        if (!neg && v.bitLength() == 64) {
            return new UInt64(v.longValue());
        }
        return null; // out of range: Go then tries it as a float
    }
}
