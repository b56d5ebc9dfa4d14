package io.camelbenthos.bloblang.go;

import org.jsoup.nodes.Entities;

/**
 * Go's {@code html} package: {@code EscapeString} escapes only {@code < > & ' "} (as {@code &lt; &gt; &amp; &#39;
 * &#34;}), and {@code UnescapeString} decodes named and numeric character references with the HTML5 rules Go
 * implements (legacy names without {@code ;}, Windows-1252 remapping of {@code &#x80;}..{@code &#x9F;}, invalid code
 * points to {@code U+FFFD}). The named-reference table comes from jsoup's copy of the WHATWG list; the decoding
 * algorithm is Go's.
 */
public final class GoHtml {
    /** Longest legacy entity name that may appear without a trailing semicolon ({@code curren}, {@code middot}...). */
    private static final int LONGEST_ENTITY_WITHOUT_SEMICOLON = 6;

    /** Windows-1252 code points for &#x80;..&#x9F;, as in the HTML5 spec and Go's replacementTable. */
    private static final int[] WINDOWS_1252 = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
        0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x009D, 0x017E, 0x0178,
    };

    private GoHtml() {
    }

    /** Go's {@code html.EscapeString}. */
    public static String escapeString(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '\'' -> "&#39;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&#34;";
                default -> null;
            };
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Go's {@code html.UnescapeString}. */
    public static String unescapeString(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, amp);
        int i = amp;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            i = unescapeEntity(s, i, out);
        }
        return out.toString();
    }

    /** Decodes the reference starting at {@code s[src] == '&'}; returns the index after what it consumed. */
    private static int unescapeEntity(String s, int src, StringBuilder out) {
        int n = s.length() - src;
        int i = 1;
        if (n <= 1) {
            out.append('&');
            return src + 1;
        }
        if (s.charAt(src + i) == '#') {
            if (n <= 3) { // need at least "&#."
                out.append('&');
                return src + 1;
            }
            i++;
            char c = s.charAt(src + i);
            boolean hex = false;
            if (c == 'x' || c == 'X') {
                hex = true;
                i++;
            }
            long x = 0;
            while (i < n) {
                c = s.charAt(src + i);
                i++;
                int d = -1;
                if (c >= '0' && c <= '9') {
                    d = c - '0';
                } else if (hex && c >= 'a' && c <= 'f') {
                    d = c - 'a' + 10;
                } else if (hex && c >= 'A' && c <= 'F') {
                    d = c - 'A' + 10;
                }
                if (d >= 0) {
                    x = Math.min(x * (hex ? 16 : 10) + d, 0x7FFFFFFFL); // saturate: anything this big is invalid
                    continue;
                }
                if (c != ';') {
                    i--;
                }
                break;
            }
            if (i <= 3) { // no digits matched
                out.append('&');
                return src + 1;
            }
            int r;
            if (x >= 0x80 && x <= 0x9F) {
                r = WINDOWS_1252[(int) x - 0x80];
            } else if (x == 0 || (x >= 0xD800 && x <= 0xDFFF) || x > 0x10FFFF) {
                r = 0xFFFD;
            } else {
                r = (int) x;
            }
            out.appendCodePoint(r);
            return src + i;
        }

        // Consume as many name characters as possible, then find the longest known reference.
        while (i < n) {
            char c = s.charAt(src + i);
            i++;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                continue;
            }
            if (c != ';') {
                i--;
            }
            break;
        }
        String entityName = s.substring(src + 1, src + i);
        if (!entityName.isEmpty()) {
            String decoded = lookup(entityName);
            if (decoded != null) {
                out.append(decoded);
                return src + i;
            }
            int maxLen = Math.min(entityName.length() - 1, LONGEST_ENTITY_WITHOUT_SEMICOLON);
            for (int j = maxLen; j > 1; j--) {
                String prefix = entityName.substring(0, j);
                if (Entities.isBaseNamedEntity(prefix)) {
                    out.append(Entities.getByName(prefix));
                    return src + j + 1;
                }
            }
        }
        out.append(s, src, src + i);
        return src + i;
    }

    /** Go's entity/entity2 maps: keys with {@code ;} are every HTML5 name, keys without are the legacy names. */
    private static String lookup(String name) {
        if (name.endsWith(";")) {
            String bare = name.substring(0, name.length() - 1);
            return Entities.isNamedEntity(bare) ? Entities.getByName(bare) : null;
        }
        return Entities.isBaseNamedEntity(name) ? Entities.getByName(name) : null;
    }
}
