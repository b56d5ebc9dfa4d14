package io.camelbenthos.bloblang.go;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Go's {@code net/url} escaping. {@code QueryEscape} keeps only {@code A-Z a-z 0-9 - _ . ~} and writes space as
 * {@code +}; {@code PathEscape} also keeps {@code $ & + : = @} and writes space as {@code %20}. Escapes use upper-case
 * hex. {@code java.net.URLEncoder} differs ({@code *} kept, {@code ~} escaped).
 */
public final class GoUrl {
    private static final String UPPER_HEX = "0123456789ABCDEF";

    private enum Mode { QUERY_COMPONENT, PATH_SEGMENT }

    private GoUrl() {
    }

    /** Go's {@code url.QueryEscape}. */
    public static String queryEscape(String s) {
        return escape(s, Mode.QUERY_COMPONENT);
    }

    /** Go's {@code url.Values.Encode}: {@code key=value} pairs sorted by key, each query-escaped, joined by {@code &}. */
    public static String encodeValues(Map<String, List<String>> values) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(values).forEach((k, vs) -> vs.forEach(v -> out.append(out.isEmpty() ? "" : "&")
                .append(queryEscape(k)).append('=').append(queryEscape(v))));
        return out.toString();
    }

    /** Go's {@code url.PathEscape}. */
    public static String pathEscape(String s) {
        return escape(s, Mode.PATH_SEGMENT);
    }

    /**
     * Go's {@code url.QueryUnescape}: {@code +} becomes a space.
     *
     * @throws IllegalArgumentException {@code invalid URL escape "%zz"} for a malformed escape, as Go
     */
    public static String queryUnescape(String s) {
        return GoUtf8.string(unescape(s, Mode.QUERY_COMPONENT));
    }

    /** Go's {@code url.PathUnescape}: {@code +} stays. */
    public static String pathUnescape(String s) {
        return GoUtf8.string(unescape(s, Mode.PATH_SEGMENT));
    }

    /** {@link #queryUnescape(String)} returning the raw bytes (escapes may produce invalid UTF-8). */
    public static byte[] queryUnescapeBytes(String s) {
        return unescape(s, Mode.QUERY_COMPONENT);
    }

    /** {@link #pathUnescape(String)} returning the raw bytes. */
    public static byte[] pathUnescapeBytes(String s) {
        return unescape(s, Mode.PATH_SEGMENT);
    }

    private static boolean shouldEscape(int c, Mode mode) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            return false;
        }
        switch (c) {
            case '-', '_', '.', '~':
                return false;
            case '$', '&', '+', ',', '/', ':', ';', '=', '?', '@':
                if (mode == Mode.PATH_SEGMENT) {
                    return c == '/' || c == ';' || c == ',' || c == '?';
                }
                return true;
            default:
                return true;
        }
    }

    private static String escape(String str, Mode mode) {
        byte[] s = GoUtf8.encode(str);
        StringBuilder sb = new StringBuilder(s.length + 8);
        for (byte b : s) {
            int c = b & 0xFF;
            if (!shouldEscape(c, mode)) {
                sb.append((char) c);
            } else if (c == ' ' && mode == Mode.QUERY_COMPONENT) {
                sb.append('+');
            } else {
                sb.append('%').append(UPPER_HEX.charAt(c >> 4)).append(UPPER_HEX.charAt(c & 15));
            }
        }
        return sb.toString();
    }

    private static byte[] unescape(String str, Mode mode) {
        byte[] s = GoUtf8.encode(str);
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length);
        for (int i = 0; i < s.length; ) {
            int c = s[i] & 0xFF;
            if (c == '%') {
                if (i + 2 >= s.length || hex(s[i + 1]) < 0 || hex(s[i + 2]) < 0) {
                    int end = Math.min(s.length, i + 3);
                    throw new IllegalArgumentException(
                            "invalid URL escape " + GoStrconv.quote(java.util.Arrays.copyOfRange(s, i, end)));
                }
                out.write(hex(s[i + 1]) << 4 | hex(s[i + 2]));
                i += 3;
            } else if (c == '+' && mode == Mode.QUERY_COMPONENT) {
                out.write(' ');
                i++;
            } else {
                out.write(c);
                i++;
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        int c = b & 0xFF;
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
