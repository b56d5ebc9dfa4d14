package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.value.Deleted;
import io.camelbenthos.bloblang.value.GoFloat;
import io.camelbenthos.bloblang.value.GoTime;
import io.camelbenthos.bloblang.value.JsonNumber;
import io.camelbenthos.bloblang.value.Nothing;
import io.camelbenthos.bloblang.value.UInt64;
import io.camelbenthos.bloblang.value.Values;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Go {@code %v} and {@code %T} of model values, for the few error texts that print them. */
final class GoDisplay {
    private GoDisplay() {
    }

    /** Go {@code %T}. */
    static String type(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Long) {
            return "int64";
        }
        if (v instanceof Double) {
            return "float64";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof JsonNumber) {
            return "json.Number";
        }
        if (v instanceof Map) {
            return "map[string]interface {}";
        }
        if (v instanceof List) {
            return "[]interface {}";
        }
        if (v instanceof byte[]) {
            return "[]uint8";
        }
        if (v instanceof ZonedDateTime) {
            return "time.Time";
        }
        if (v instanceof Integer) {
            return "int32";
        }
        if (v instanceof Float) {
            return "float32";
        }
        if (v instanceof UInt64) {
            return "uint64";
        }
        if (v == Deleted.INSTANCE) {
            return "value.Delete";
        }
        if (v == Nothing.INSTANCE) {
            return "value.Nothing";
        }
        return v.getClass().getSimpleName();
    }

    /** Go {@code %v} (maps with sorted keys, slices space separated, nil as {@code <nil>}). */
    static String value(Object v) {
        StringBuilder sb = new StringBuilder();
        append(sb, v);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object v) {
        if (v == null || v == Deleted.INSTANCE || v == Nothing.INSTANCE) {
            sb.append("<nil>");
        } else if (v instanceof Double d) {
            sb.append(formatV(d));
        } else if (v instanceof Map<?, ?> m) {
            String[] keys = m.keySet().toArray(new String[0]);
            Arrays.sort(keys, Values::compareUtf8);
            sb.append("map[");
            for (int i = 0; i < keys.length; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(keys[i]).append(':');
                append(sb, m.get(keys[i]));
            }
            sb.append(']');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                append(sb, l.get(i));
            }
            sb.append(']');
        } else if (v instanceof byte[] b) {
            sb.append('[');
            for (int i = 0; i < b.length; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(b[i] & 0xff);
            }
            sb.append(']');
        } else if (v instanceof ZonedDateTime t) {
            sb.append(GoTime.formatRfc3339Nano(t));
        } else {
            sb.append(v);
        }
    }

    /** Go {@code %v} of a float64: {@code %g} but with the exponent threshold at 21. */
    static String formatV(double d) {
        String g = GoFloat.formatG(d, 64);
        double a = Math.abs(d);
        if (g.contains("e") && a >= 1e-4 && a < 1e21) {
            return GoFloat.formatJson(d, 64);
        }
        return g;
    }
}
