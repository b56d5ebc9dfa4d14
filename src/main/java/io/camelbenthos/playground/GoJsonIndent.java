package io.camelbenthos.playground;

/**
 * Re-indents compact JSON text exactly as Go's {@code json.Indent(dst, src, "", "  ")} does (what Benthos's
 * {@code StringIndent("", "  ")} prints): one element per line, {@code ": "} after keys, empty objects and arrays
 * kept as {@code {}} / {@code []}. Working on the text (not a parsed tree) keeps the engine's number formatting and
 * key order untouched.
 */
final class GoJsonIndent {
    private static final String INDENT = "  ";

    private GoJsonIndent() {
    }

    static String indent(String compact) {
        StringBuilder out = new StringBuilder(compact.length() * 2);
        int depth = 0;
        boolean inString = false;
        // True right after '{' or '[': the newline is deferred so an empty container stays on one line.
        boolean pendingOpen = false;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < compact.length()) {
                    out.append(compact.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (pendingOpen && c != '}' && c != ']') {
                newline(out, depth);
            }
            pendingOpen = false;
            switch (c) {
                case '{', '[' -> {
                    out.append(c);
                    depth++;
                    pendingOpen = true;
                }
                case '}', ']' -> {
                    depth--;
                    char last = out.charAt(out.length() - 1);
                    if (last != '{' && last != '[') {
                        newline(out, depth);
                    }
                    out.append(c);
                }
                case ',' -> {
                    out.append(c);
                    newline(out, depth);
                }
                case ':' -> out.append(": ");
                case '"' -> {
                    out.append(c);
                    inString = true;
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n');
        out.append(INDENT.repeat(depth));
    }
}
