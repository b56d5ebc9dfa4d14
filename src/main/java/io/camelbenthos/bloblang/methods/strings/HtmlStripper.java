package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoHtml;
import java.util.Locale;
import java.util.Set;

/**
 * The subset of {@code bluemonday} that {@code strip_html} uses: an empty policy, optionally allowing some elements.
 * Tags not allowed are dropped and their text kept; the content of script-like elements is dropped; comments and
 * doctypes are dropped; allowed elements are written without attributes (and dropped entirely when bluemonday
 * requires attributes for them, such as {@code a}); text is re-escaped with Go's {@code html.EscapeString}.
 */
final class HtmlStripper {
    /** bluemonday's setOfElementsToSkipContent. */
    private static final Set<String> SKIP_CONTENT = Set.of("frame", "frameset", "iframe", "noembed", "noframes",
            "noscript", "nostyle", "object", "script", "style", "title");
    /** Elements whose content the Go tokenizer reads as raw text. */
    private static final Set<String> RAW_TEXT = Set.of("iframe", "noembed", "noframes", "noscript", "plaintext",
            "script", "style", "textarea", "title", "xmp");
    /** bluemonday's setOfElementsAllowedWithoutAttrs. */
    private static final Set<String> ALLOWED_WITHOUT_ATTRS = Set.of("abbr", "acronym", "address", "article", "aside",
            "audio", "b", "bdi", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code",
            "col", "colgroup", "datalist", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "fieldset",
            "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
            "html", "i", "ins", "kbd", "li", "mark", "marquee", "nav", "ol", "optgroup", "option", "p", "picture",
            "pre", "q", "rp", "rt", "ruby", "s", "samp", "script", "section", "select", "small", "span", "strike",
            "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "textarea", "tfoot", "th",
            "thead", "title", "time", "tr", "tt", "u", "ul", "var", "video", "wbr");

    private final Set<String> allowed;

    HtmlStripper(Set<String> allowed) {
        this.allowed = allowed;
    }

    String sanitize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        int textStart = 0;
        while (i < n) {
            if (s.charAt(i) != '<' || i + 1 >= n || !startsTag(s.charAt(i + 1))) {
                i++;
                continue;
            }
            text(out, s, textStart, i);
            char c = s.charAt(i + 1);
            if (c == '!' || c == '?') {
                i = skipMarkup(s, i);
            } else {
                boolean end = c == '/';
                int nameStart = i + (end ? 2 : 1);
                int j = nameStart;
                while (j < n && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '>' && s.charAt(j) != '/') {
                    j++;
                }
                String name = s.substring(nameStart, j).toLowerCase(Locale.ROOT);
                int close = tagEnd(s, j);
                boolean selfClosing = close > 0 && s.charAt(close - 1) == '/';
                i = close < n ? close + 1 : n;
                if (!end && RAW_TEXT.contains(name)) {
                    int endTag = findEndTag(s, i, name);
                    boolean skip = SKIP_CONTENT.contains(name);
                    boolean kept = keep(name) && !skip;
                    if (kept) {
                        out.append('<').append(name).append('>');
                    }
                    if (!skip) {
                        text(out, s, i, endTag);
                    }
                    if (kept && endTag < n) {
                        out.append("</").append(name).append('>');
                    }
                    i = endTag < n ? tagEnd(s, endTag) + 1 : n;
                } else if (keep(name) && !SKIP_CONTENT.contains(name)) {
                    out.append(end ? "</" : "<").append(name).append(selfClosing && !end ? "/>" : ">");
                }
            }
            textStart = i;
        }
        text(out, s, textStart, n);
        return out.toString();
    }

    private boolean keep(String name) {
        return allowed.contains(name) && ALLOWED_WITHOUT_ATTRS.contains(name);
    }

    private static boolean startsTag(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?';
    }

    private static void text(StringBuilder out, String s, int from, int to) {
        if (to > from) {
            out.append(GoHtml.escapeString(GoHtml.unescapeString(s.substring(from, to))));
        }
    }

    /** Index of the {@code >} closing a tag, honouring quoted attribute values; {@code s.length()} if none. */
    private static int tagEnd(String s, int from) {
        char quote = 0;
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return k;
            }
        }
        return s.length();
    }

    private static int skipMarkup(String s, int i) {
        if (s.startsWith("<!--", i)) {
            int e = s.indexOf("-->", i + 4);
            return e < 0 ? s.length() : e + 3;
        }
        int e = s.indexOf('>', i);
        return e < 0 ? s.length() : e + 1;
    }

    private static int findEndTag(String s, int from, String name) {
        String lower = s.toLowerCase(Locale.ROOT);
        int k = from;
        while ((k = lower.indexOf("</" + name, k)) >= 0) {
            int after = k + 2 + name.length();
            if (after >= s.length() || s.charAt(after) == '>' || Character.isWhitespace(s.charAt(after))
                    || s.charAt(after) == '/') {
                return k;
            }
            k = after;
        }
        return s.length();
    }
}
