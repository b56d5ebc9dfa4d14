package io.camelbenthos.bloblang.value;

import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.go.GoTimeLayout;
import io.camelbenthos.bloblang.plugin.Errors;
import java.nio.charset.StandardCharsets;
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
        StringBuilder sb = new StringBuilder(64);
        write(sb, v, escapeHtml, null, "", 0);
        return sb.toString();
    }

    /** Go {@code json.MarshalIndent(v, prefix, indent)} (no trailing newline). */
    public static String encodeIndent(Object v, boolean escapeHtml, String prefix, String indent) {
        StringBuilder sb = new StringBuilder(128);
        write(sb, v, escapeHtml, indent, prefix, 0);
        return sb.toString();
    }

    private static void newline(StringBuilder sb, String prefix, String indent, int depth) {
        sb.append('\n').append(prefix);
        for (int i = 0; i < depth; i++) {
            sb.append(indent);
        }
    }

    private static void write(StringBuilder sb, Object v, boolean html, String indent, String prefix, int depth) {
        if (v == null || v == Deleted.INSTANCE || v == Nothing.INSTANCE) {
            sb.append("null");
        } else if (v instanceof String s) {
            writeString(sb, s, html);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            String[] keys = new String[m.size()];
            int n = 0;
            for (Object k : m.keySet()) {
                keys[n++] = (String) k;
            }
            Arrays.sort(keys, Values::compareUtf8);
            sb.append('{');
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                if (indent != null) {
                    newline(sb, prefix, indent, depth + 1);
                }
                writeString(sb, keys[i], html);
                sb.append(':');
                if (indent != null) {
                    sb.append(' ');
                }
                write(sb, m.get(keys[i]), html, indent, prefix, depth + 1);
            }
            if (indent != null) {
                newline(sb, prefix, indent, depth);
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                if (indent != null) {
                    newline(sb, prefix, indent, depth + 1);
                }
                write(sb, l.get(i), html, indent, prefix, depth + 1);
            }
            if (indent != null) {
                newline(sb, prefix, indent, depth);
            }
            sb.append(']');
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof UInt64 || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Double d) {
            sb.append(floatText(d, 64));
        } else if (v instanceof Float f) {
            sb.append(floatText(f, 32));
        } else if (v instanceof JsonNumber n) {
            sb.append(n.text());
        } else if (v instanceof byte[] b) {
            sb.append('"').append(Base64.getEncoder().encodeToString(b)).append('"');
        } else if (v instanceof ZonedDateTime t) {
            writeString(sb, GoTimeLayout.formatRfc3339Nano(t), html);
        } else {
            throw Errors.failure("json: unsupported type: " + v.getClass().getSimpleName());
        }
    }

    private static String floatText(double d, int bits) {
        try {
            return GoStrconv.formatJsonFloat(d, bits);
        } catch (IllegalArgumentException e) {
            throw Errors.failure(e.getMessage());
        }
    }

    /** A JSON string literal with Go's escaping rules; unpaired surrogates become U+FFFD like invalid UTF-8. */
    public static void writeString(StringBuilder sb, String s, boolean html) {
        sb.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c < 0x7f + 1 && !(html && (c == '<' || c == '>' || c == '&'))) {
                sb.append(c);
                continue;
            }
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\u2028', '\u2029' -> sb.append("\\u202").append(HEX[c & 0xf]);
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        sb.append("\\ufffd");
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Encodes to UTF-8 bytes (compact, no HTML escaping): the message serialisation. */
    public static byte[] encodeBytes(Object v) {
        return encode(v, false).getBytes(StandardCharsets.UTF_8);
    }
}
