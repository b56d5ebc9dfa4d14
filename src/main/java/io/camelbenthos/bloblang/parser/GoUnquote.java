package io.camelbenthos.bloblang.parser;

import io.camelbenthos.bloblang.go.GoUtf8;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Go {@code strconv.Unquote} for double-quoted literals, as the Bloblang parser uses it. */
final class GoUnquote {
    private GoUnquote() {
    }

    /**
     * @param quoted the literal including its surrounding double quotes
     * @return the unescaped contents; {@code \x}/octal escapes are bytes, and those that do not form valid UTF-8 stay
     *         raw bytes as in Go (see {@link GoUtf8})
     * @throws IllegalArgumentException ("invalid syntax") where Go fails
     */
    static String unquote(String quoted) {
        int n = quoted.length();
        if (n < 2 || quoted.charAt(0) != '"' || quoted.charAt(n - 1) != '"') {
            throw new IllegalArgumentException("invalid syntax");
        }
        String s = quoted.substring(1, n - 1);
        if (s.indexOf('\\') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\n') {
                throw new IllegalArgumentException("invalid syntax");
            }
            if (c != '\\') {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp);
                continue;
            }
            if (i + 1 >= s.length()) {
                throw new IllegalArgumentException("invalid syntax");
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '\\' -> out.write('\\');
                case '"' -> out.write('"');
                case 'x' -> {
                    out.write(hex(s, i, 2));
                    i += 2;
                }
                case 'u', 'U' -> {
                    int len = e == 'u' ? 4 : 8;
                    int cp = hex(s, i, len);
                    i += len;
                    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                        throw new IllegalArgumentException("invalid syntax");
                    }
                    byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                    out.write(b, 0, b.length);
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    if (i + 2 > s.length()) {
                        throw new IllegalArgumentException("invalid syntax");
                    }
                    int v = e - '0';
                    for (int k = 0; k < 2; k++) {
                        char d = s.charAt(i + k);
                        if (d < '0' || d > '7') {
                            throw new IllegalArgumentException("invalid syntax");
                        }
                        v = v * 8 + (d - '0');
                    }
                    if (v > 255) {
                        throw new IllegalArgumentException("invalid syntax");
                    }
                    out.write(v);
                    i += 2;
                }
                default -> throw new IllegalArgumentException("invalid syntax");
            }
        }
        return GoUtf8.string(out.toByteArray());
    }

    private static int hex(String s, int at, int len) {
        if (at + len > s.length()) {
            throw new IllegalArgumentException("invalid syntax");
        }
        int v = 0;
        for (int k = 0; k < len; k++) {
            int d = Character.digit(s.charAt(at + k), 16);
            if (d < 0 || s.charAt(at + k) > 'f') {
                throw new IllegalArgumentException("invalid syntax");
            }
            v = v * 16 + d;
        }
        return v;
    }
}
