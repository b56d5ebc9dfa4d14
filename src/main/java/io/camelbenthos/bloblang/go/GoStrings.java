package io.camelbenthos.bloblang.go;

import java.util.Arrays;
import java.util.Locale;

/**
 * Go's {@code strings} behaviour where it differs from Java's: case mapping is per rune and 1:1 ({@code ß} stays
 * {@code ß} under {@code ToUpper}; Java gives {@code SS}), {@link #title(String)} follows
 * {@code golang.org/x/text/cases.Title(language.English)}, and indexes are UTF-8 byte offsets.
 */
public final class GoStrings {
    private GoStrings() {
    }

    /** Go's {@code strings.ToUpper}: Unicode simple upper-case mapping of each rune. */
    public static String toUpper(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = rune(s, i);
            i += Character.charCount(s.codePointAt(i));
            sb.appendCodePoint(Character.toUpperCase(cp));
        }
        return sb.toString();
    }

    /** Go's {@code strings.ToLower}: Unicode simple lower-case mapping of each rune. */
    public static String toLower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = rune(s, i);
            i += Character.charCount(s.codePointAt(i));
            sb.appendCodePoint(Character.toLowerCase(cp));
        }
        return sb.toString();
    }

    /** The rune Go's {@code range} yields at {@code i}: a raw byte (or other lone surrogate) is {@code RuneError}. */
    private static int rune(String s, int i) {
        int cp = s.codePointAt(i);
        return cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE ? GoUtf8.RUNE_ERROR : cp;
    }

    /**
     * {@code cases.Title(language.English).String(s)}: the first cased letter of each word is title-cased and the rest
     * of the word lower-cased. A word starts at a cased letter and continues over cased and case-ignorable characters
     * (apostrophes, periods, colons, combining marks...); anything else (spaces, digits, {@code _}, {@code -}) ends it,
     * so {@code "o'neil is.here"} becomes {@code "O'neil Is.here"} and {@code "1st"} becomes {@code "1St"}.
     */
    public static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean interWord = true;
        int wordStart = -1; // start (in s) of the lower-cased tail of the current word
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (interWord) {
                if (isCased(cp)) {
                    appendTitle(sb, cp);
                    interWord = false;
                    wordStart = next;
                } else {
                    sb.appendCodePoint(cp);
                }
            } else if (!isCased(cp) && !isCaseIgnorable(cp)) {
                // Lower the word's tail in one go so context-sensitive rules (final sigma) apply.
                sb.append(s.substring(wordStart, i).toLowerCase(Locale.ROOT));
                sb.appendCodePoint(cp);
                interWord = true;
            }
            i = next;
        }
        if (!interWord) {
            sb.append(s.substring(wordStart).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static void appendTitle(StringBuilder sb, int cp) {
        int t = Character.toTitleCase(cp);
        if (t == cp && !Character.isTitleCase(cp)) {
            String upper = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
            if (upper.codePointCount(0, upper.length()) > 1) {
                // Full title-case mappings such as ß -> Ss and ﬁ -> Fi: first letter upper, the rest lower.
                int first = upper.codePointAt(0);
                sb.appendCodePoint(first);
                sb.append(upper.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
                return;
            }
        }
        sb.appendCodePoint(t);
    }

    /** Unicode's Cased property: Lowercase, Uppercase or Lt. */
    static boolean isCased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** Unicode's Case_Ignorable property: Mn, Me, Cf, Lm, Sk, and the Word_Break MidLetter/MidNumLet/Single_Quote set. */
    static boolean isCaseIgnorable(int cp) {
        switch (cp) {
            case '\'', '.', ':', '^', '`', 0x00A8, 0x00AD, 0x00AF, 0x00B4, 0x00B7, 0x00B8, 0x0387, 0x055F, 0x05F4, 0x2018,
                 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A, 0xFF3E, 0xFF40:
                return true;
            default:
                break;
        }
        return switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                 Character.MODIFIER_SYMBOL -> true;
            default -> false;
        };
    }

    /** Go's {@code strings.Index}: the UTF-8 byte offset of the first {@code sub} in {@code s}, or -1. */
    public static long index(String s, String sub) {
        int i = s.indexOf(sub);
        return i < 0 ? -1 : GoUtf8.byteOffset(s, i);
    }

    /** Go's {@code strings.LastIndex}: the UTF-8 byte offset of the last {@code sub} in {@code s}, or -1. */
    public static long lastIndex(String s, String sub) {
        int i = s.lastIndexOf(sub);
        return i < 0 ? -1 : GoUtf8.byteOffset(s, i);
    }

    /**
     * Go's {@code s[from:to]} over the UTF-8 bytes of {@code s}. Cutting through a multi-byte rune leaves invalid
     * bytes, kept raw as in Go (see {@link GoUtf8}).
     */
    public static String byteSlice(String s, int from, int to) {
        return GoUtf8.string(Arrays.copyOfRange(GoUtf8.encode(s), from, to));
    }

    /**
     * Reverses the runes of {@code s} (Go's {@code []rune} reversal), keeping surrogate pairs intact; a raw byte (lone
     * surrogate) is {@code RuneError} in a {@code []rune}.
     */
    public static String reverseRunes(String s) {
        StringBuilder sb = new StringBuilder(s).reverse(); // StringBuilder.reverse keeps surrogate pairs together
        for (int i = 0; i < sb.length(); i++) {
            int cp = sb.codePointAt(i);
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                sb.setCharAt(i, (char) GoUtf8.RUNE_ERROR);
            } else if (cp > 0xFFFF) {
                i++;
            }
        }
        return sb.toString();
    }
}
