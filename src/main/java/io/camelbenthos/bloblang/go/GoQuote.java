package io.camelbenthos.bloblang.go;


/** Go's {@code time.quote}: the quoting used inside time parse and duration error texts. */
final class GoQuote {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoQuote() {
    }

    /**
     * Wraps {@code s} in double quotes, escapes {@code "} and {@code \}, and writes every byte of a non-ASCII or
     * control character as {@code \xNN} (Go does this rather than a full strconv.Quote).
     */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp >= 0x80 || cp < ' ') {
                byte[] bytes = GoUtf8.encode(s.substring(i, i + width));
                for (byte x : bytes) {
                    b.append("\\x").append(HEX[(x >> 4) & 0xf]).append(HEX[x & 0xf]);
                }
            } else {
                if (cp == '"' || cp == '\\') {
                    b.append('\\');
                }
                b.append((char) cp);
            }
            i += width;
        }
        return b.append('"').toString();
    }
}
