package io.camelbenthos.config;

/**
 * Keeps a problem on one line whatever text a parser or component handed over: line breaks and other control
 * characters are written as Go escapes ({@code \n}, {@code \x00}, {@code \u2028}); tabs stay as they are.
 */
final class OneLine {
    private OneLine() {
    }

    static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escape(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Null when the character may stay: anything printable, and tabs. */
    private static String escape(char c) {
        switch (c) {
            case '\t':
                return null;
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\u000b':
                return "\\v";
            case '\f':
                return "\\f";
            case '\u2028':
            case '\u2029':
                return String.format("\\u%04x", (int) c);
            default:
                if (c < 0x20 || c == 0x7f) {
                    return String.format("\\x%02x", (int) c);
                }
                return c >= 0x80 && c < 0xa0 ? String.format("\\u%04x", (int) c) : null;
        }
    }
}
