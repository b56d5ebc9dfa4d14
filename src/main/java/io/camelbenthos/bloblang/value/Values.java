package io.camelbenthos.bloblang.value;

import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.go.GoTimeLayout;
import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.QueryException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Go-faithful helpers over the value model (Benthos {@code internal/value}): type names, coercions with Benthos's
 * errors, stringification, equality and copying. Method names follow the Go helper they mirror.
 */
public final class Values {
    private Values() {
    }

    /** {@code .type()} name: string, bytes, number, bool, timestamp, array, object, null, delete, nothing. */
    public static String typeName(Object v) {
        return ValueType.of(v).text();
    }

    /** Go {@code IIsNull}: null, delete and nothing are all null-like. */
    public static boolean isNull(Object v) {
        return v == null || v == Deleted.INSTANCE || v == Nothing.INSTANCE;
    }

    public static boolean isNumber(Object v) {
        return ValueType.of(v) == ValueType.NUMBER;
    }

    /**
     * Go {@code ISanitize}: input numbers become Long when they parse as int64, else Double; narrow casts widen to
     * Long/Double; timestamps become their RFC 3339 nano string. UInt64 stays.
     */
    public static Object sanitize(Object v) {
        if (v instanceof JsonNumber n) {
            return sanitizeNumber(n);
        }
        if (v instanceof Integer i) {
            return (long) i;
        }
        if (v instanceof Float f) {
            return (double) f;
        }
        if (v instanceof Short s) {
            return (long) s;
        }
        if (v instanceof Byte b) {
            return (long) b;
        }
        if (v instanceof ZonedDateTime t) {
            return GoTimeLayout.formatRfc3339Nano(t);
        }
        return v;
    }

    /** A JSON number as Long when it is an int64, else Double; an unparseable text stays a string. */
    public static Object sanitizeNumber(JsonNumber n) {
        if (n.isInt64()) {
            return n.int64();
        }
        String t = n.text();
        try {
            return GoStrconv.parseFloat(t, 64);
        } catch (IllegalArgumentException e) {
            return t;
        }
    }

    /** Strict Go {@code strconv.ParseInt(s, 10, 64)}, or null. */
    public static Long parseInt64(String t) {
        int len = t.length();
        if (len == 0 || len > 20) {
            return null;
        }
        int i = 0;
        char c0 = t.charAt(0);
        boolean neg = c0 == '-';
        if (neg || c0 == '+') {
            if (len == 1) {
                return null;
            }
            i = 1;
        }
        if (len - i > 18) {
            // may overflow: let the JDK check the bounds
            for (int j = i; j < len; j++) {
                char c = t.charAt(j);
                if (c < '0' || c > '9') {
                    return null;
                }
            }
            try {
                return Long.parseLong(c0 == '+' ? t.substring(1) : t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        long v = 0;
        for (int j = i; j < len; j++) {
            char c = t.charAt(j);
            if (c < '0' || c > '9') {
                return null;
            }
            v = v * 10 + (c - '0');
        }
        return neg ? -v : v;
    }

    /** Go {@code IGetNumber}: any number as float64, else a type error (expected number). */
    public static double getNumber(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof JsonNumber n) {
            try {
                return GoStrconv.parseFloat(n.text(), 64);
            } catch (IllegalArgumentException e) {
                throw Errors.failure(e.getMessage());
            }
        }
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Float f) {
            return f;
        }
        if (v instanceof UInt64 u) {
            return unsignedToDouble(u.value());
        }
        if (v instanceof Short || v instanceof Byte) {
            return ((Number) v).doubleValue();
        }
        throw Errors.typeError(v, ValueType.NUMBER);
    }

    /** Go {@code IGetInt}: any number as int64 (floats truncated), else a type error (expected number). */
    public static long getInt(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return goFloatToInt64(d);
        }
        if (v instanceof JsonNumber n) {
            if (n.isInt64()) {
                return n.int64();
            }
            try {
                return goFloatToInt64(GoStrconv.parseFloat(n.text(), 64));
            } catch (IllegalArgumentException e) {
                throw Errors.failure(e.getMessage());
            }
        }
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Float f) {
            return goFloatToInt64(f);
        }
        if (v instanceof UInt64 u) {
            return u.value();
        }
        if (v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        throw Errors.typeError(v, ValueType.NUMBER);
    }

    /** Go {@code int64(f)} on amd64: NaN and out-of-range give MinInt64 (Java would saturate). */
    public static long goFloatToInt64(double d) {
        if (Double.isNaN(d) || d >= 9.223372036854775807E18 || d < -9.223372036854775808E18) {
            return Long.MIN_VALUE;
        }
        return (long) d;
    }

    /** The float64 value of an unsigned 64-bit integer. */
    public static double unsignedToDouble(long u) {
        if (u >= 0) {
            return u;
        }
        // Go rounds to nearest; halve keeping the low bit so rounding stays correct
        return (double) ((u >>> 1) | (u & 1)) * 2.0;
    }

    /** Go {@code IGetBool}: bools, and numbers (non-zero is true; input numbers compare their text with "0"). */
    public static boolean getBool(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof JsonNumber n) {
            return !n.text().equals("0");
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        if (v instanceof Double d) {
            return d != 0;
        }
        if (v instanceof Integer i) {
            return i != 0;
        }
        if (v instanceof Float f) {
            return f != 0;
        }
        if (v instanceof UInt64 u) {
            return u.value() != 0;
        }
        throw Errors.typeError(v, ValueType.BOOL);
    }

    /** Go {@code IGetString}: strings, bytes (as UTF-8) and timestamps (RFC 3339 nano), else a type error. */
    public static String getString(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof byte[] b) {
            return GoUtf8.string(b);
        }
        if (v instanceof ZonedDateTime t) {
            return GoTimeLayout.formatRfc3339Nano(t);
        }
        throw Errors.typeError(v, ValueType.STRING);
    }

    /** Go {@code IGetBytes}: strings, bytes and timestamps as bytes, else a type error (expected bytes). */
    public static byte[] getBytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        if (v instanceof String s) {
            return GoUtf8.encode(s);
        }
        if (v instanceof ZonedDateTime t) {
            return GoTimeLayout.formatRfc3339Nano(t).getBytes(StandardCharsets.UTF_8);
        }
        throw Errors.typeError(v, ValueType.BYTES);
    }

    /**
     * Go {@code IGetTimestamp}: timestamps, numbers as unix seconds (fraction to nanoseconds, process-local zone) and
     * RFC 3339 strings.
     */
    public static ZonedDateTime getTimestamp(Object v) {
        if (v instanceof ZonedDateTime t) {
            return t;
        }
        Object s = sanitize(v);
        if (s instanceof Long l) {
            return Instant.ofEpochSecond(l).atZone(ZoneId.systemDefault());
        }
        if (s instanceof UInt64 u) {
            return Instant.ofEpochSecond(u.value()).atZone(ZoneId.systemDefault());
        }
        if (s instanceof Double d) {
            double whole = d < 0 ? Math.ceil(d) : Math.floor(d);
            long nanos = (long) ((d - whole) * 1e9);
            return Instant.ofEpochSecond(goFloatToInt64(whole), nanos).atZone(ZoneId.systemDefault());
        }
        if (s instanceof String str) {
            return parseRfc3339(str);
        }
        if (s instanceof byte[] b) {
            return parseRfc3339(GoUtf8.string(b));
        }
        throw Errors.typeError(v, ValueType.NUMBER, ValueType.STRING);
    }

    /** Go {@code time.Parse(time.RFC3339Nano, s)} with Go's error text. */
    public static ZonedDateTime parseRfc3339(String s) {
        try {
            return GoTimeLayout.parse(GoTimeLayout.RFC3339_NANO, s);
        } catch (IllegalArgumentException e) {
            throw Errors.failure(e.getMessage());
        }
    }

    /**
     * Go {@code IToString} ({@code .string()}, {@code ${!...}}, metadata to headers): strings raw, integers decimal,
     * floats with {@code strconv.FormatFloat(f, 'g', -1, 64)}, input numbers verbatim, timestamps RFC 3339 nano, null
     * as {@code null}, arrays and objects as JSON (HTML-escaped, like gabs).
     */
    public static String toGoString(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof byte[] b) {
            return GoUtf8.string(b);
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return v.toString();
        }
        if (v instanceof Double d) {
            return GoStrconv.formatFloat(d);
        }
        if (v instanceof Float f) {
            // Go formats a float32 reaching IToString as float64 after sanitisation
            return GoStrconv.formatFloat(f);
        }
        if (v instanceof JsonNumber || v instanceof UInt64 || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof ZonedDateTime t) {
            return GoTimeLayout.formatRfc3339Nano(t);
        }
        if (v == null) {
            return "null";
        }
        return GoJson.encode(v, true);
    }

    /** Go {@code IToBytes}: like {@link #toGoString} but bytes pass through unchanged. */
    public static byte[] toBytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        return GoUtf8.encode(toGoString(v));
    }

    /** Compact JSON exactly like Benthos's message serialisation (Go json.Encoder, no HTML escaping). */
    public static String toJson(Object v) {
        return GoJson.encode(v, false);
    }

    /** Go {@code RestrictForComparison}: sanitised, integers to float64, bytes to string. */
    public static Object restrictForComparison(Object v) {
        Object s = sanitize(v);
        if (s instanceof Long l) {
            return (double) l;
        }
        if (s instanceof UInt64 u) {
            return unsignedToDouble(u.value());
        }
        if (s instanceof byte[] b) {
            return GoUtf8.string(b);
        }
        return s;
    }

    /**
     * Go {@code ICompare}: deep equality where numbers compare as float64, bytes equal strings, and a bool equals a
     * non-zero number on the right ({@code true == 1}) but not the other way round. Never throws.
     */
    public static boolean equal(Object left, Object right) {
        if (left == null && right == null) {
            return true;
        }
        Object lhs = restrictForComparison(left);
        try {
            if (lhs instanceof String s) {
                return right instanceof String || right instanceof byte[] || right instanceof ZonedDateTime
                        ? s.equals(getString(right)) : false;
            }
            if (lhs instanceof Double d) {
                return isNumber(right) && d == getNumber(right);
            }
            if (lhs instanceof Boolean b) {
                return (right instanceof Boolean || isNumber(right)) && b == getBool(right);
            }
        } catch (QueryException e) {
            return false;
        }
        if (lhs instanceof List<?> l) {
            if (!(right instanceof List<?> r) || l.size() != r.size()) {
                return false;
            }
            for (int i = 0; i < l.size(); i++) {
                if (!equal(l.get(i), r.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (lhs instanceof Map<?, ?> l) {
            if (!(right instanceof Map<?, ?> r) || l.size() != r.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : l.entrySet()) {
                if (!equal(e.getValue(), r.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether {@code v} is an array or object. The common scalars are ruled out first: each is a final class, tested
     * with one compare, while a failing {@code instanceof Map} or {@code List} (an interface) scans the class's
     * interfaces, which costs more than the copy itself on an array of numbers.
     */
    private static boolean isContainer(Object v) {
        if (v == null || v instanceof String || v instanceof JsonNumber || v instanceof Long || v instanceof Boolean
                || v instanceof Double) {
            return false;
        }
        return v instanceof Map || v instanceof List;
    }

    /** Go {@code IClone}: copies arrays and objects recursively; other values are immutable and shared. */
    public static Object deepCopy(Object v) {
        if (!isContainer(v)) {
            return v;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>(Math.max(4, m.size() * 2));
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put((String) e.getKey(), deepCopy(e.getValue()));
            }
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(deepCopy(o));
            }
            return out;
        }
        return v;
    }

    /**
     * Deep-copies, in place, the elements of an array or the values of an object that is itself newly built (so not
     * shared): the result equals {@link #deepCopy} without copying the container again. Returns {@code v}.
     */
    public static Object deepCopyElements(Object v) {
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<String, Object> e : asObject(m).entrySet()) {
                Object x = e.getValue();
                if (isContainer(x)) {
                    e.setValue(deepCopy(x));
                }
            }
        } else if (v instanceof List<?> l) {
            List<Object> list = asArray(l);
            for (int i = 0, n = list.size(); i < n; i++) {
                Object x = list.get(i);
                if (isContainer(x)) {
                    list.set(i, deepCopy(x));
                }
            }
        }
        return v;
    }

    /** Byte-wise (UTF-8) string ordering, as Go compares strings; differs from {@link String#compareTo}. */
    public static int compareUtf8(String a, String b) {
        return GoUtf8.compare(a, b);
    }

    /** Length in UTF-8 bytes, as Go's {@code len(string)}. */
    public static int utf8Length(String s) {
        return GoUtf8.byteLength(s);
    }

    /** Casts a model object to its map view; callers have checked the type. */
    @SuppressWarnings("unchecked") // the value model only holds Map<String, Object>
    public static Map<String, Object> asObject(Object v) {
        return (Map<String, Object>) v;
    }

    /** Casts a model array to its list view; callers have checked the type. */
    @SuppressWarnings("unchecked") // the value model only holds List<Object>
    public static List<Object> asArray(Object v) {
        return (List<Object>) v;
    }
}
