package io.camelbenthos.bloblang.value;

import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.go.GoTimeLayout;
import io.camelbenthos.bloblang.plugin.Errors;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Go {@code encoding/json} encoding of model values, byte for byte: keys sorted by UTF-8 bytes, HTML escaping
 * optional, U+2028/U+2029 escaped, lower-case lower-case hex escapes, bytes as base64, {@link JsonNumber} verbatim, floats
 * in shortest form. Decoding lives in {@link GoJsonDecoder}.
 */
public final class GoJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoJson() {
    }

    /** Compact JSON; {@code escapeHtml} as {@code json.Marshal} (escapes angle brackets and ampersands). */
    public static String encode(Object v, boolean escapeHtml) {
        Utf8Sink out = new Utf8Sink(64);
        write(out, v, escapeHtml, null, "", 0);
        return out.toUtf8String();
    }

    /** Go {@code json.MarshalIndent(v, prefix, indent)} (no trailing newline). */
    public static String encodeIndent(Object v, boolean escapeHtml, String prefix, String indent) {
        Utf8Sink out = new Utf8Sink(128);
        write(out, v, escapeHtml, indent, prefix, 0);
        return out.toUtf8String();
    }

    /** Encodes to UTF-8 bytes (compact, no HTML escaping): the message serialisation. */
    public static byte[] encodeBytes(Object v) {
        Utf8Sink out = Utf8Sink.acquire();
        try {
            write(out, v, false, null, "", 0);
            return out.toByteArray();
        } finally {
            out.release();
        }
    }

    private static void newline(Utf8Sink out, String prefix, String indent, int depth) {
        out.ascii('\n');
        out.text(prefix);
        for (int i = 0; i < depth; i++) {
            out.text(indent);
        }
    }

    private static void write(Utf8Sink out, Object v, boolean html, String indent, String prefix, int depth) {
        // the most frequent types first (final classes test cheaply)
        if (v instanceof String s) {
            writeString(out, s, html);
        } else if (v instanceof JsonNumber n) {
            n.writeTo(out);
        } else if (v instanceof Long l) {
            out.decimal(l);
        } else if (v == null || v == Deleted.INSTANCE || v == Nothing.INSTANCE) {
            out.ascii("null");
        } else if (v instanceof Map<?, ?> m) {
            writeObject(out, m, html, indent, prefix, depth);
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                out.ascii("[]");
                return;
            }
            out.ascii('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    out.ascii(',');
                }
                if (indent != null) {
                    newline(out, prefix, indent, depth + 1);
                }
                write(out, l.get(i), html, indent, prefix, depth + 1);
            }
            if (indent != null) {
                newline(out, prefix, indent, depth);
            }
            out.ascii(']');
        } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            out.decimal(((Number) v).longValue());
        } else if (v instanceof UInt64 || v instanceof Boolean) {
            out.ascii(v.toString());
        } else if (v instanceof Double d) {
            out.ascii(floatText(d, 64));
        } else if (v instanceof Float f) {
            out.ascii(floatText(f, 32));
        } else if (v instanceof byte[] b) {
            out.ascii('"');
            out.ascii(Base64.getEncoder().encodeToString(b));
            out.ascii('"');
        } else if (v instanceof ZonedDateTime t) {
            writeString(out, GoTimeLayout.formatRfc3339Nano(t), html);
        } else {
            throw Errors.failure("json: unsupported type: " + v.getClass().getSimpleName());
        }
    }

    /** Go writes object keys sorted by their UTF-8 bytes; entries already in that order (common) skip the sort. */
    private static void writeObject(Utf8Sink out, Map<?, ?> m, boolean html, String indent, String prefix,
            int depth) {
        if (m.isEmpty()) {
            out.ascii("{}");
            return;
        }
        out.ascii('{');
        // checked before writing anything: writing optimistically and starting again on an unsorted key would redo
        // nested objects once per enclosing level, exponential in the depth
        if (keysSorted(m)) {
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    out.ascii(',');
                }
                first = false;
                writeMember(out, e, html, indent, prefix, depth);
            }
        } else {
            Map.Entry<?, ?>[] entries = m.entrySet().toArray(new Map.Entry<?, ?>[0]);
            Arrays.sort(entries, (a, b) -> Values.compareUtf8((String) a.getKey(), (String) b.getKey()));
            for (int i = 0; i < entries.length; i++) {
                if (i > 0) {
                    out.ascii(',');
                }
                writeMember(out, entries[i], html, indent, prefix, depth);
            }
        }
        if (indent != null) {
            newline(out, prefix, indent, depth);
        }
        out.ascii('}');
    }

    private static boolean keysSorted(Map<?, ?> m) {
        String prev = null;
        for (Object k : m.keySet()) {
            String key = (String) k;
            if (prev != null && Values.compareUtf8(prev, key) > 0) {
                return false;
            }
            prev = key;
        }
        return true;
    }

    private static void writeMember(Utf8Sink out, Map.Entry<?, ?> e, boolean html, String indent, String prefix,
            int depth) {
        if (indent != null) {
            newline(out, prefix, indent, depth + 1);
        }
        writeString(out, (String) e.getKey(), html);
        out.ascii(':');
        if (indent != null) {
            out.ascii(' ');
        }
        write(out, e.getValue(), html, indent, prefix, depth + 1);
    }

    private static String floatText(double d, int bits) {
        try {
            return GoStrconv.formatJsonFloat(d, bits);
        } catch (IllegalArgumentException e) {
            throw Errors.failure(e.getMessage());
        }
    }

    /** Appends a JSON string literal with Go's escaping rules (see the byte form below). */
    public static void writeString(StringBuilder sb, String s, boolean html) {
        Utf8Sink out = new Utf8Sink(s.length() + 16);
        writeString(out, s, html);
        sb.append(out.toUtf8String());
    }

    /** A JSON string literal with Go's escaping rules; unpaired surrogates become U+FFFD like invalid UTF-8. */
    private static void writeString(Utf8Sink out, String s, boolean html) {
        out.ascii('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\' && !(html && (c == '<' || c == '>' || c == '&'))) {
                out.ascii(c);
                continue;
            }
            switch (c) {
                case '"' -> out.ascii("\\\"");
                case '\\' -> out.ascii("\\\\");
                case '\n' -> out.ascii("\\n");
                case '\r' -> out.ascii("\\r");
                case '\t' -> out.ascii("\\t");
                case '\b' -> out.ascii("\\b");
                case '\f' -> out.ascii("\\f");
                case '\u2028', '\u2029' -> {
                    out.ascii("\\u202");
                    out.ascii(HEX[c & 0xf]);
                }
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.ascii("\\u00");
                        out.ascii(HEX[c >> 4]);
                        out.ascii(HEX[c & 0xf]);
                    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.supplementary(Character.toCodePoint(c, s.charAt(++i)));
                    } else if (Character.isSurrogate(c)) {
                        out.ascii("\\ufffd");
                    } else {
                        out.bmp(c);
                    }
                }
            }
        }
        out.ascii('"');
    }
}
