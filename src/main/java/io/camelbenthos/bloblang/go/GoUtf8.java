package io.camelbenthos.bloblang.go;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Go's view of text: strings are UTF-8 byte sequences, indexes are byte offsets, and invalid bytes decode to
 * {@code U+FFFD} one byte at a time ({@code unicode/utf8.DecodeRune}). Java strings are UTF-16, so every length,
 * index and ordering that Bloblang exposes goes through these helpers.
 *
 * <p>A Go string may hold bytes that are not valid UTF-8 ({@code "\xff"}, {@code content().string()} of binary
 * content, a byte slice cut through a rune). The Java string of such a value holds each of those bytes as the lone
 * low surrogate {@code U+DC80..U+DCFF} (byte {@code 0x80..0xFF} plus {@code 0xDC00}, as Python's
 * {@code surrogateescape}): no Go string can contain a surrogate, so {@link #string(byte[])} and
 * {@link #encode(String)} convert without loss, lengths and comparisons count the byte, and the JSON encoder writes
 * it as the escape of U+FFFD, as Go's does for an invalid byte.
 */
public final class GoUtf8 {
    /** Go's {@code utf8.RuneError}. */
    public static final int RUNE_ERROR = 0xFFFD;
    /** A raw byte {@code b} (0x80..0xFF) is held as the char {@code RAW_BYTE_BASE | b}. */
    private static final int RAW_BYTE_BASE = 0xDC00;

    private GoUtf8() {
    }

    /** Whether {@code c}, found outside a surrogate pair, stands for a raw (invalid UTF-8) byte. */
    public static boolean isRawByte(int c) {
        return c >= 0xDC80 && c <= 0xDCFF;
    }

    /**
     * Go's {@code []byte(s)}: the bytes of a string, raw bytes (see the class comment) included. Any other lone
     * surrogate, which only Java code could have produced, becomes {@code U+FFFD} as Go's {@code string(rune)}
     * conversion does; Java's encoder would write {@code ?}.
     */
    public static byte[] encode(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isRawByte(cp)) {
                out.write(cp & 0xFF);
            } else {
                appendRune(out, cp);
            }
        }
        return out.toByteArray();
    }

    /** Go's {@code string(b)}: valid UTF-8 decoded, every other byte kept as a raw byte (see the class comment). */
    public static String string(byte[] b) {
        return string(b, 0, b.length);
    }

    /** Go's {@code string(b[from:to])}; see {@link #string(byte[])}. */
    public static String string(byte[] b, int from, int to) {
        int i = from;
        while (i < to && b[i] >= 0) {
            i++;
        }
        if (i == to) {
            return new String(b, from, to - from, StandardCharsets.ISO_8859_1); // all ASCII
        }
        StringBuilder sb = new StringBuilder(to - from);
        sb.append(new String(b, from, i - from, StandardCharsets.ISO_8859_1));
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            long rw = decodeRune(b, i, to);
            int w = width(rw);
            if (rune(rw) == RUNE_ERROR && w == 1) {
                sb.append((char) (RAW_BYTE_BASE | c));
            } else {
                sb.appendCodePoint(rune(rw));
            }
            i += w;
        }
        return sb.toString();
    }

    /**
     * The runes Go's {@code range} yields over these bytes, as a Java string: each invalid byte becomes
     * {@code U+FFFD} ({@code RuneError}). Lossy; {@link #string(byte[])} is Go's plain conversion.
     */
    public static String decode(byte[] b) {
        return decode(b, 0, b.length);
    }

    /** Decodes {@code b[from, to)}; see {@link #decode(byte[])}. */
    public static String decode(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            long rw = decodeRune(b, i, to);
            sb.appendCodePoint(rune(rw));
            i += width(rw);
        }
        return sb.toString();
    }

    /** Go's {@code utf8.ValidString}: false when {@code s} holds a raw byte (or any other lone surrogate). */
    public static boolean validString(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The UTF-8 length in bytes of {@code s} (Go's {@code len(s)}). */
    public static int byteLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (isRawByte(c)) {
                n++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * Converts a UTF-16 index of {@code s} to the matching UTF-8 byte offset.
     */
    public static int byteOffset(String s, int charIndex) {
        return byteLength(s.substring(0, charIndex));
    }

    /**
     * Decodes one rune from {@code b[i, end)} the way Go's {@code utf8.DecodeRune} does. Returns the rune in the low
     * 32 bits and the width in bytes in the high 32 bits (see {@link #rune(long)}, {@link #width(long)}). An
     * invalid or truncated sequence yields {@code (RuneError, 1)}.
     */
    public static long decodeRune(byte[] b, int i, int end) {
        int n = end - i;
        if (n <= 0) {
            return pack(RUNE_ERROR, 0);
        }
        int b0 = b[i] & 0xFF;
        if (b0 < 0x80) {
            return pack(b0, 1);
        }
        int need;
        int cp;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            cp = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            cp = b0 & 0x0F;
            if (b0 == 0xE0) {
                lo = 0xA0; // no overlong encodings
            } else if (b0 == 0xED) {
                hi = 0x9F; // no surrogates
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            cp = b0 & 0x07;
            if (b0 == 0xF0) {
                lo = 0x90;
            } else if (b0 == 0xF4) {
                hi = 0x8F; // nothing above U+10FFFF
            }
        } else {
            return pack(RUNE_ERROR, 1);
        }
        if (n < need + 1) {
            return pack(RUNE_ERROR, 1);
        }
        for (int k = 1; k <= need; k++) {
            int c = b[i + k] & 0xFF;
            if (c < lo || c > hi) {
                return pack(RUNE_ERROR, 1);
            }
            lo = 0x80;
            hi = 0xBF;
            cp = (cp << 6) | (c & 0x3F);
        }
        return pack(cp, need + 1);
    }

    /** The rune part of a {@link #decodeRune} result. */
    public static int rune(long packed) {
        return (int) packed;
    }

    /** The width part of a {@link #decodeRune} result. */
    public static int width(long packed) {
        return (int) (packed >>> 32);
    }

    private static long pack(int rune, int width) {
        return ((long) width << 32) | (rune & 0xFFFFFFFFL);
    }

    /** Go's {@code utf8.ValidRune}: in range and not a surrogate. */
    public static boolean validRune(int r) {
        return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF);
    }

    /** Appends the UTF-8 encoding of {@code r}; invalid runes are written as {@code U+FFFD} like Go. */
    public static void appendRune(ByteArrayOutputStream out, int r) {
        if (!validRune(r)) {
            r = RUNE_ERROR;
        }
        if (r < 0x80) {
            out.write(r);
        } else if (r < 0x800) {
            out.write(0xC0 | (r >> 6));
            out.write(0x80 | (r & 0x3F));
        } else if (r < 0x10000) {
            out.write(0xE0 | (r >> 12));
            out.write(0x80 | ((r >> 6) & 0x3F));
            out.write(0x80 | (r & 0x3F));
        } else {
            out.write(0xF0 | (r >> 18));
            out.write(0x80 | ((r >> 12) & 0x3F));
            out.write(0x80 | ((r >> 6) & 0x3F));
            out.write(0x80 | (r & 0x3F));
        }
    }

    /** Compares two strings by their UTF-8 bytes, as Go's {@code <} on strings does. */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    // raw bytes (or pairs split differently) compare by their bytes, as Go does
                    return Integer.signum(Arrays.compareUnsigned(encode(a), encode(b)));
                }
                // UTF-16 order equals code point order except that surrogates (supplementary characters) sort
                // below U+E000..U+FFFF; code point order is UTF-8 byte order.
                int cx = a.codePointAt(i);
                int cy = b.codePointAt(i);
                return Integer.compare(cx, cy);
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
