package io.camelbenthos.bloblang.methods.strings;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Byte-slice versions of Go's {@code strings}/{@code bytes} helpers used by the string methods, so that a bytes
 * target gives a bytes result exactly as Go's {@code bytes.ReplaceAll}, {@code bytes.Split} and friends do, plus
 * Go's rune-based {@code strings.Split("")}/{@code ReplaceAll("")} edge cases that Java's regex-based String
 * methods get wrong.
 */
final class GoText {
    private GoText() {
    }

    static int indexOf(byte[] s, byte[] sub, int from) {
        outer:
        for (int i = from; i + sub.length <= s.length; i++) {
            for (int k = 0; k < sub.length; k++) {
                if (s[i + k] != sub[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static boolean hasPrefix(byte[] s, byte[] p) {
        return s.length >= p.length && Arrays.equals(s, 0, p.length, p, 0, p.length);
    }

    static boolean hasSuffix(byte[] s, byte[] p) {
        return s.length >= p.length && Arrays.equals(s, s.length - p.length, s.length, p, 0, p.length);
    }

    /** Go {@code strings.Split}: an empty separator splits after each rune; no trailing pieces are dropped. */
    static List<String> split(String s, String sep) {
        List<String> out = new ArrayList<>();
        if (sep.isEmpty()) {
            for (int i = 0; i < s.length(); ) {
                int n = Character.charCount(s.codePointAt(i));
                out.add(s.substring(i, i + n));
                i += n;
            }
            return out;
        }
        int start = 0;
        int idx;
        while ((idx = s.indexOf(sep, start)) >= 0) {
            out.add(s.substring(start, idx));
            start = idx + sep.length();
        }
        out.add(s.substring(start));
        return out;
    }

    /** Go {@code bytes.Split}; an empty separator splits after each UTF-8 sequence. */
    static List<byte[]> split(byte[] s, byte[] sep) {
        List<byte[]> out = new ArrayList<>();
        if (sep.length == 0) {
            for (int i = 0; i < s.length; ) {
                int n = io.camelbenthos.bloblang.go.GoUtf8.width(io.camelbenthos.bloblang.go.GoUtf8.decodeRune(s, i, s.length));
                out.add(Arrays.copyOfRange(s, i, i + n));
                i += n;
            }
            return out;
        }
        int start = 0;
        int idx;
        while ((idx = indexOf(s, sep, start)) >= 0) {
            out.add(Arrays.copyOfRange(s, start, idx));
            start = idx + sep.length;
        }
        out.add(Arrays.copyOfRange(s, start, s.length));
        return out;
    }

    /** Go {@code strings.ReplaceAll}: an empty {@code old} inserts {@code with} before every rune and at the end. */
    static String replaceAll(String s, String old, String with) {
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder(s.length() * (with.length() + 1) + with.length());
            for (int i = 0; i < s.length(); ) {
                int n = Character.charCount(s.codePointAt(i));
                sb.append(with).append(s, i, i + n);
                i += n;
            }
            return sb.append(with).toString();
        }
        return s.replace(old, with);
    }

    /** Go {@code bytes.ReplaceAll}. */
    static byte[] replaceAll(byte[] s, byte[] old, byte[] with) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length);
        if (old.length == 0) {
            for (int i = 0; i < s.length; ) {
                int n = io.camelbenthos.bloblang.go.GoUtf8.width(io.camelbenthos.bloblang.go.GoUtf8.decodeRune(s, i, s.length));
                out.write(with, 0, with.length);
                out.write(s, i, n);
                i += n;
            }
            out.write(with, 0, with.length);
            return out.toByteArray();
        }
        int start = 0;
        int idx;
        while ((idx = indexOf(s, old, start)) >= 0) {
            out.write(s, start, idx - start);
            out.write(with, 0, with.length);
            start = idx + old.length;
        }
        out.write(s, start, s.length - start);
        return out.toByteArray();
    }

    /** Go's {@code unicode.IsSpace}. */
    static boolean isSpace(int cp) {
        switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0:
                return true;
            default:
                return cp > 0xFF && Character.isSpaceChar(cp);
        }
    }

    /** Go {@code strings.TrimSpace}. */
    static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** Go {@code strings.Trim(s, cutset)}: strips leading and trailing runes found in {@code cutset}. */
    static String trim(String s, String cutset) {
        int start = 0;
        int end = s.length();
        while (start < end && cutset.indexOf(s.codePointAt(start)) >= 0) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && cutset.indexOf(s.codePointBefore(end)) >= 0) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }
}
