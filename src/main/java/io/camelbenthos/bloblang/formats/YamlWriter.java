package io.camelbenthos.bloblang.formats;

import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.go.GoTimeLayout;
import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.value.Values;

import io.camelbenthos.bloblang.value.JsonNumber;
import io.camelbenthos.bloblang.value.UInt64;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes a Bloblang value as YAML the way {@code gopkg.in/yaml.v3}'s {@code yaml.Marshal} does (what
 * {@code format_yaml} returns): block style, 4-space indentation, sequences indented under their key, map keys
 * sorted by byte order, no line wrapping, and libyaml's rules for choosing plain, single-quoted, double-quoted or
 * literal ({@code |-}) scalars. The output always ends with a newline.
 */
public final class YamlWriter {
    private static final int BEST_INDENT = 4;

    private final StringBuilder out = new StringBuilder();

    private YamlWriter() {
    }

    /** Marshals {@code value}; the result is UTF-8 bytes ending with a newline. */
    public static byte[] write(Object value) {
        YamlWriter w = new YamlWriter();
        w.rootNode(value);
        if (w.out.length() == 0 || w.out.charAt(w.out.length() - 1) != '\n') {
            w.out.append('\n');
        }
        return w.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void rootNode(Object value) {
        Object v = normalise(value);
        if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            mapping(m, 0, false);
        } else if (v instanceof List<?> l && !l.isEmpty()) {
            sequence(l, 0, false);
        } else if (v instanceof String s && s.indexOf('\n') >= 0) {
            literalOrQuoted(s, BEST_INDENT);
        } else {
            out.append(scalar(v, false));
        }
    }

    /** Block mapping whose keys sit at column {@code indent}; {@code inline} when the first key follows "- ". */
    private void mapping(Map<?, ?> map, int indent, boolean inline) {
        boolean first = true;
        for (String key : sortedKeys(map)) {
            if (!(first && inline)) {
                newlineTo(indent);
            }
            first = false;
            out.append(scalar(key, true)).append(':');
            Object v = normalise(map.get(key));
            int child = BEST_INDENT * ((indent + BEST_INDENT) / BEST_INDENT);
            if (v instanceof Map<?, ?> m && !m.isEmpty()) {
                mapping(m, child, false);
            } else if (v instanceof List<?> l && !l.isEmpty()) {
                sequence(l, child, false);
            } else if (v instanceof String s && s.indexOf('\n') >= 0) {
                out.append(' ');
                literalOrQuoted(s, child);
            } else {
                out.append(' ').append(scalar(v, false));
            }
        }
    }

    /** Block sequence whose dashes sit at column {@code indent}. */
    private void sequence(List<?> list, int indent, boolean inline) {
        boolean first = true;
        for (Object item : list) {
            if (!(first && inline)) {
                newlineTo(indent);
            }
            first = false;
            out.append("- ");
            Object v = normalise(item);
            // yaml.v3: the first indentation inside a sequence item only skips the "- " indicator.
            if (v instanceof Map<?, ?> m && !m.isEmpty()) {
                mapping(m, indent + 2, true);
            } else if (v instanceof List<?> l && !l.isEmpty()) {
                sequence(l, indent + 2, true);
            } else if (v instanceof String s && s.indexOf('\n') >= 0) {
                literalOrQuoted(s, indent + 2);
            } else {
                out.append(scalar(v, false));
            }
        }
    }

    private void newlineTo(int indent) {
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(" ".repeat(indent));
    }

    /** A multi-line string: literal block style when libyaml allows it, otherwise double-quoted. */
    private void literalOrQuoted(String s, int indent) {
        ScalarAnalysis a = ScalarAnalysis.of(s);
        if (!a.blockAllowed) {
            out.append(doubleQuoted(s));
            return;
        }
        out.append('|');
        if (s.charAt(0) == ' ' || isBreak(s.charAt(0))) {
            out.append((char) ('0' + BEST_INDENT));
        }
        char last = s.charAt(s.length() - 1);
        if (!isBreak(last)) {
            out.append('-');
        } else if (s.length() == 1 || isBreak(s.charAt(s.length() - 2))) {
            out.append('+');
        }
        boolean breaks = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isBreak(c)) {
                out.append('\n');
                breaks = true;
            } else {
                if (breaks) {
                    if (out.charAt(out.length() - 1) != '\n') {
                        out.append('\n');
                    }
                    out.append(" ".repeat(indent));
                }
                out.append(c);
                breaks = false;
            }
        }
    }

    /** The text of a scalar node (never a multi-line literal). */
    private static String scalar(Object v, boolean key) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return string(s, key);
        }
        if (v instanceof Binary b) {
            return "!!binary " + b.base64();
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return v.toString();
        }
        if (v instanceof UInt64 u) {
            return u.toString();
        }
        if (v instanceof Double d) {
            return floatText(GoStrconv.formatFloat(d, 'g', -1, 64));
        }
        if (v instanceof Float f) {
            return floatText(GoStrconv.formatFloat(f, 'g', -1, 32));
        }
        if (v instanceof JsonNumber n) {
            // yaml.v3 writes a json.Number as an int if it is one, else as a float if it is one, else as a string.
            String t = n.text();
            try {
                return Long.toString(Long.parseLong(t));
            } catch (NumberFormatException e) {
                try {
                    return floatText(GoStrconv.formatFloat(Double.parseDouble(t), 'g', -1, 64));
                } catch (NumberFormatException e2) {
                    return string(t, key);
                }
            }
        }
        if (v instanceof ZonedDateTime t) {
            return GoTimeLayout.formatRfc3339Nano(t);
        }
        if (v instanceof Map<?, ?>) {
            return "{}";
        }
        if (v instanceof List<?>) {
            return "[]";
        }
        return string(String.valueOf(v), key);
    }

    private static String floatText(String g) {
        return switch (g) {
            case "+Inf" -> ".inf";
            case "-Inf" -> "-.inf";
            case "NaN" -> ".nan";
            default -> g;
        };
    }

    /** yaml.v3 {@code stringv} plus libyaml's {@code select_scalar_style} for a single-line string. */
    private static String string(String s, boolean key) {
        boolean canUsePlain = YamlResolver.resolvesToString(s) && !YamlResolver.isBase60Float(s)
                && !YamlResolver.isOldBool(s);
        if (s.indexOf('\n') >= 0) {
            return doubleQuoted(s); // only reached for keys: a block scalar is never a simple key
        }
        ScalarAnalysis a = ScalarAnalysis.of(s);
        if (canUsePlain) {
            if (a.blockPlainAllowed && !(s.isEmpty() && key)) {
                return s;
            }
            if (a.singleQuotedAllowed) {
                return "'" + s.replace("'", "''") + "'";
            }
        }
        return doubleQuoted(s);
    }

    private static String doubleQuoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (!isPrintable(cp) || cp == 0xFEFF || isBreak(cp) || cp == '"' || cp == '\\') {
                sb.append('\\');
                switch (cp) {
                    case 0x00 -> sb.append('0');
                    case 0x07 -> sb.append('a');
                    case 0x08 -> sb.append('b');
                    case 0x09 -> sb.append('t');
                    case 0x0A -> sb.append('n');
                    case 0x0B -> sb.append('v');
                    case 0x0C -> sb.append('f');
                    case 0x0D -> sb.append('r');
                    case 0x1B -> sb.append('e');
                    case 0x22 -> sb.append('"');
                    case 0x5C -> sb.append('\\');
                    case 0x85 -> sb.append('N');
                    case 0xA0 -> sb.append('_');
                    case 0x2028 -> sb.append('L');
                    case 0x2029 -> sb.append('P');
                    default -> {
                        int width = cp <= 0xFF ? 2 : cp <= 0xFFFF ? 4 : 8;
                        sb.append(cp <= 0xFF ? 'x' : cp <= 0xFFFF ? 'u' : 'U');
                        String hex = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
                        sb.append("0".repeat(width - hex.length())).append(hex);
                    }
                }
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append('"').toString();
    }

    /** libyaml {@code is_printable}, by code point. Supplementary characters are not printable there. */
    static boolean isPrintable(int cp) {
        return cp == 0x0A || (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF);
    }

    static boolean isBreak(int cp) {
        return cp == '\r' || cp == '\n' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    private static Object normalise(Object v) {
        if (v instanceof String s && !GoUtf8.validString(s)) {
            v = GoUtf8.encode(s); // a string holding raw bytes is not UTF-8 either
        }
        if (v instanceof byte[] b) {
            // yaml.v3 writes valid UTF-8 byte slices as strings and anything else as !!binary base64.
            String s = new String(b, StandardCharsets.UTF_8);
            if (java.util.Arrays.equals(s.getBytes(StandardCharsets.UTF_8), b)) {
                return s;
            }
            return new Binary(Base64.getEncoder().encodeToString(b));
        }
        return v;
    }

    /** Bytes that are not UTF-8: yaml.v3 writes them as a {@code !!binary} tagged base64 scalar. */
    private record Binary(String base64) {
    }

    private static List<String> sortedKeys(Map<?, ?> map) {
        List<String> keys = new ArrayList<>(map.size());
        for (Object k : map.keySet()) {
            keys.add(String.valueOf(k));
        }
        keys.sort(Values::compareUtf8);
        return keys;
    }

    /** The facts libyaml's {@code yaml_emitter_analyze_scalar} derives from a scalar's text. */
    private static final class ScalarAnalysis {
        boolean blockPlainAllowed = true;
        boolean singleQuotedAllowed = true;
        boolean blockAllowed = true;

        static ScalarAnalysis of(String s) {
            ScalarAnalysis a = new ScalarAnalysis();
            if (s.isEmpty()) {
                a.blockAllowed = false;
                return a;
            }
            boolean blockIndicators = s.startsWith("---") || s.startsWith("...");
            boolean lineBreaks = false;
            boolean special = false;
            boolean tabs = false;
            boolean leadingSpace = false;
            boolean leadingBreak = false;
            boolean trailingSpace = false;
            boolean trailingBreak = false;
            boolean breakSpace = false;
            boolean spaceBreak = false;
            boolean precededByWhitespace = true;
            boolean previousSpace = false;
            boolean previousBreak = false;
            int[] cps = s.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                int c = cps[i];
                boolean followedByWhitespace = i + 1 >= cps.length || isBlank(cps[i + 1]) || isBreak(cps[i + 1]);
                if (i == 0) {
                    switch (c) {
                        case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' ->
                                blockIndicators = true;
                        case '?', ':' -> {
                            if (followedByWhitespace) {
                                blockIndicators = true;
                            }
                        }
                        case '-' -> {
                            if (followedByWhitespace) {
                                blockIndicators = true;
                            }
                        }
                        default -> {
                        }
                    }
                } else if (c == ':' && followedByWhitespace) {
                    blockIndicators = true;
                } else if (c == '#' && precededByWhitespace) {
                    blockIndicators = true;
                }
                if (c == '\t') {
                    tabs = true;
                } else if (!isPrintable(c)) {
                    special = true;
                }
                if (c == ' ') {
                    if (i == 0) {
                        leadingSpace = true;
                    }
                    if (i == cps.length - 1) {
                        trailingSpace = true;
                    }
                    if (previousBreak) {
                        breakSpace = true;
                    }
                    previousSpace = true;
                    previousBreak = false;
                } else if (isBreak(c)) {
                    lineBreaks = true;
                    if (i == 0) {
                        leadingBreak = true;
                    }
                    if (i == cps.length - 1) {
                        trailingBreak = true;
                    }
                    if (previousSpace) {
                        spaceBreak = true;
                    }
                    previousSpace = false;
                    previousBreak = true;
                } else {
                    previousSpace = false;
                    previousBreak = false;
                }
                precededByWhitespace = isBlank(c) || isBreak(c);
            }
            if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
                a.blockPlainAllowed = false;
            }
            if (trailingSpace) {
                a.blockAllowed = false;
            }
            if (breakSpace) {
                a.blockPlainAllowed = false;
                a.singleQuotedAllowed = false;
            }
            if (spaceBreak || tabs || special) {
                a.blockPlainAllowed = false;
                a.singleQuotedAllowed = false;
            }
            if (spaceBreak || special) {
                a.blockAllowed = false;
            }
            if (lineBreaks || blockIndicators) {
                a.blockPlainAllowed = false;
            }
            return a;
        }

        private static boolean isBlank(int c) {
            return c == ' ' || c == '\t';
        }
    }
}
