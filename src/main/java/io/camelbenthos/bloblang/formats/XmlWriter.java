package io.camelbenthos.bloblang.formats;

import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.go.GoTimeLayout;
import io.camelbenthos.bloblang.value.Values;

import io.camelbenthos.bloblang.value.JsonNumber;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes an object as XML following {@code clbanning/mxj}'s {@code Xml}/{@code XmlIndent}, as Connect's
 * {@code format_xml} does: a single-key object names the root element (several keys are wrapped in {@code <doc>}
 * unless a root tag is given), {@code -name} keys become attributes, {@code #text} the element text, arrays repeat
 * the element, and empty values self-close. Keys are written in byte order. Text and attribute values are escaped.
 */
public final class XmlWriter {
    private final String indent;
    private final boolean pretty;
    private final StringBuilder out = new StringBuilder();

    private XmlWriter(String indent, boolean pretty) {
        this.indent = indent;
        this.pretty = pretty;
    }

    /**
     * @param rootTag the root element name, or null to use the object's only key (or {@code doc})
     * @param indent indentation per level; ignored when {@code noIndent}
     */
    public static byte[] write(Object value, String indent, boolean noIndent, String rootTag) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new FormatException("expected object value, got " + (value == null ? "null" : typeName(value)));
        }
        XmlWriter w = new XmlWriter(indent, !noIndent);
        if (rootTag != null) {
            w.element(rootTag, map, 0);
        } else if (map.size() == 1) {
            Map.Entry<?, ?> e = map.entrySet().iterator().next();
            w.element(String.valueOf(e.getKey()), e.getValue(), 0);
        } else {
            w.element("doc", map, 0);
        }
        return w.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String typeName(Object v) {
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof List<?>) {
            return "array";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        return v instanceof Number || v instanceof JsonNumber ? "number" : "unknown";
    }

    private void element(String name, Object value, int depth) {
        if (value instanceof List<?> list) {
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    newline(depth);
                }
                first = false;
                element(name, item, depth);
            }
            return;
        }
        out.append('<').append(name);
        if (value instanceof Map<?, ?> map) {
            List<String> keys = new ArrayList<>();
            map.keySet().forEach(k -> keys.add(String.valueOf(k)));
            keys.sort(Values::compareUtf8);
            List<String> children = new ArrayList<>();
            for (String k : keys) {
                if (k.startsWith("-") && k.length() > 1) {
                    out.append(' ').append(k, 1, k.length()).append("=\"").append(escape(text(map.get(k))))
                            .append('"');
                } else if (!k.equals("#text")) {
                    children.add(k);
                }
            }
            Object text = map.get("#text");
            if (children.isEmpty() && (text == null || text(text).isEmpty())) {
                out.append("/>");
                return;
            }
            out.append('>');
            if (text != null) {
                out.append(escape(text(text)));
            }
            if (!children.isEmpty()) {
                for (String k : children) {
                    newline(depth + 1);
                    element(k, map.get(k), depth + 1);
                }
                newline(depth);
            }
            out.append("</").append(name).append('>');
            return;
        }
        String t = text(value);
        if (t.isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>').append(escape(t)).append("</").append(name).append('>');
    }

    private void newline(int depth) {
        if (pretty) {
            out.append('\n').append(indent.repeat(depth));
        }
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e21
                    ? new BigDecimal(d).toPlainString() : GoStrconv.formatFloat(d, 'g', -1, 64);
        }
        if (v instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        if (v instanceof ZonedDateTime t) {
            return GoTimeLayout.formatRfc3339Nano(t);
        }
        return String.valueOf(v);
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
