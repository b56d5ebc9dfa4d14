package io.camelbenthos.configtest;

import io.camelbenthos.bloblang.value.JsonNumber;
import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.message.Message;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code metadata_equals}: every key must exist and equal the expected value, compared by the expected value's type
 * (Benthos's {@code value.ICompare}): a string matches a string, bytes or a timestamp's RFC 3339 text; a number any
 * number (as float64); a bool a bool or a number (non-zero is true); arrays and objects element by element; null
 * only null. The first failing key (in the definition's order) is reported.
 */
final class MetadataEqualsCondition implements OutputCondition {
    private final Map<String, Object> expected;

    MetadataEqualsCondition(Map<String, Object> expected) {
        this.expected = expected;
    }

    @Override
    public String check(Path dir, Message message) {
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            if (!message.metadata().containsKey(e.getKey())) {
                return "metadata key '" + e.getKey() + "' expected but not found";
            }
            Object actual = message.metadata().get(e.getKey());
            if (!compare(e.getValue(), actual)) {
                return "metadata key '" + e.getKey() + "' mismatch\n  expected: " + Colours.blue(goPrint(e.getValue()))
                        + "\n  received: " + Colours.red(goPrint(actual));
            }
        }
        return null;
    }

    static boolean compare(Object exp, Object act) {
        if (exp == null) {
            return act == null;
        }
        if (exp instanceof String s) {
            if (act instanceof String a) {
                return s.equals(a);
            }
            if (act instanceof byte[] b) {
                return s.equals(new String(b, StandardCharsets.UTF_8));
            }
            if (act instanceof ZonedDateTime) {
                return s.equals(Values.toGoString(act));
            }
            return false;
        }
        if (exp instanceof Boolean b) {
            if (act instanceof Boolean a) {
                return b.equals(a);
            }
            return isNumber(act) && (Values.getNumber(act) != 0) == b;
        }
        if (isNumber(exp)) {
            return isNumber(act) && Values.getNumber(exp) == Values.getNumber(act);
        }
        if (exp instanceof List<?> le) {
            if (!(act instanceof List<?> la) || la.size() != le.size()) {
                return false;
            }
            for (int i = 0; i < le.size(); i++) {
                if (!compare(le.get(i), la.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (exp instanceof Map<?, ?> me) {
            if (!(act instanceof Map<?, ?> ma) || ma.size() != me.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : me.entrySet()) {
                if (!ma.containsKey(e.getKey()) || !compare(e.getValue(), ma.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return exp.equals(act);
    }

    private static boolean isNumber(Object v) {
        return v instanceof Number || v instanceof JsonNumber || Values.isNumber(v);
    }

    /** Go's {@code %v}: maps as {@code map[k:v]} with sorted keys, slices as {@code [a b]}. */
    static String goPrint(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("map[");
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, val) -> sorted.put(String.valueOf(k), val));
            sorted.forEach((k, val) -> sb.append(sb.length() > 4 ? " " : "").append(k).append(':').append(goPrint(val)));
            return sb.append(']').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i > 0 ? " " : "").append(goPrint(l.get(i)));
            }
            return sb.append(']').toString();
        }
        if (v instanceof byte[] b) {
            return goPrint(bytesAsList(b));
        }
        return Values.toGoString(v);
    }

    private static List<Object> bytesAsList(byte[] b) {
        Object[] out = new Object[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (long) (b[i] & 0xff);
        }
        return List.of(out);
    }
}
