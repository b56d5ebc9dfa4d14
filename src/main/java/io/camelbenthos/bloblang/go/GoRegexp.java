package io.camelbenthos.bloblang.go;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code regexp} package over RE2/J (itself a port of Go's RE2): same syntax ({@code (?U)} is ungreedy, no
 * lookaround or backreferences, {@code (?P<n>)}), same compile error texts ({@code error parsing regexp: invalid or
 * unsupported Perl syntax: `(?=`}). This class adds what RE2/J's Java-flavoured API does differently: Go's iteration
 * rules for {@code FindAll}/{@code ReplaceAll} (an empty match right after a match is skipped), Go {@code Expand}
 * templates ({@code $1}, {@code ${1}}, greedy {@code $name}, {@code $$}) and UTF-8 byte offsets. Thread-safe.
 */
public final class GoRegexp {
    private final Pattern pattern;
    private final String expr;
    private final String[] subexpNames;

    private GoRegexp(String expr, Pattern pattern) {
        this.expr = expr;
        this.pattern = pattern;
        this.subexpNames = new String[pattern.groupCount() + 1];
        Arrays.fill(subexpNames, "");
        for (Map.Entry<String, Integer> e : pattern.namedGroups().entrySet()) {
            subexpNames[e.getValue()] = e.getKey();
        }
    }

    /**
     * Go's {@code regexp.Compile}.
     *
     * @throws IllegalArgumentException with Go's message, e.g. {@code error parsing regexp: missing closing ): `(`}
     */
    public static GoRegexp compile(String expr) {
        try {
            return new GoRegexp(expr, Pattern.compile(expr));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The source text. */
    @Override
    public String toString() {
        return expr;
    }

    /** Number of capturing groups (Go {@code NumSubexp}). */
    public int numSubexp() {
        return subexpNames.length - 1;
    }

    /** Go {@code SubexpNames}: index 0 is the whole match ({@code ""}), unnamed groups are {@code ""}. */
    public List<String> subexpNames() {
        return List.of(subexpNames);
    }

    /** Go {@code MatchString}: whether {@code s} contains a match. */
    public boolean matchString(String s) {
        return pattern.matcher(GoUtf8.encode(s)).find();
    }

    /** Go {@code Match} over bytes. */
    public boolean match(byte[] b) {
        return pattern.matcher(b).find();
    }

    /**
     * Go {@code FindSubmatchIndex}: byte offsets {@code [start0, end0, start1, end1, ...]} of the leftmost match and
     * its groups ({@code -1} for a group that did not take part), or null when there is no match.
     */
    public int[] findSubmatchIndex(byte[] b) {
        Matcher m = pattern.matcher(b);
        return m.find() ? groups(m) : null;
    }

    /**
     * Go {@code FindAllSubmatchIndex(b, n)}: successive non-overlapping matches; {@code n < 0} means all. As in Go, an
     * empty match directly after the previous match is not reported.
     */
    public List<int[]> findAllSubmatchIndex(byte[] b, int n) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(b);
        int end = b.length;
        int pos = 0;
        int prevMatchEnd = -1;
        while ((n < 0 || out.size() < n) && pos <= end) {
            if (!m.find(pos)) {
                break;
            }
            int[] g = groups(m);
            boolean accept = true;
            if (g[1] == pos) {
                if (g[0] == prevMatchEnd) {
                    accept = false; // no empty match right after a previous match
                }
                int width = pos < end ? GoUtf8.width(GoUtf8.decodeRune(b, pos, end)) : 0;
                pos = width > 0 ? pos + width : end + 1;
            } else {
                pos = g[1];
            }
            prevMatchEnd = g[1];
            if (accept) {
                out.add(g);
            }
        }
        return out;
    }

    /** {@link #findAllSubmatchIndex} over a string (offsets are UTF-8 byte offsets of {@code s}). */
    public List<int[]> findAllSubmatchIndex(String s, int n) {
        return findAllSubmatchIndex(GoUtf8.encode(s), n);
    }

    /** Go {@code FindAllString(s, -1)}: the text of every match. */
    public List<String> findAllString(String s) {
        byte[] b = GoUtf8.encode(s);
        List<String> out = new ArrayList<>();
        for (int[] g : findAllSubmatchIndex(b, -1)) {
            out.add(GoUtf8.string(b, g[0], g[1]));
        }
        return out;
    }

    /**
     * Go {@code FindAllStringSubmatch(s, -1)}: per match, the whole match then each group ({@code ""} for a group
     * that did not take part, as Go does).
     */
    public List<List<String>> findAllStringSubmatch(String s) {
        byte[] b = GoUtf8.encode(s);
        List<List<String>> out = new ArrayList<>();
        for (int[] g : findAllSubmatchIndex(b, -1)) {
            out.add(submatches(b, g));
        }
        return out;
    }

    /** Go {@code FindStringSubmatch}: the leftmost match and its groups, or null. */
    public List<String> findStringSubmatch(String s) {
        byte[] b = GoUtf8.encode(s);
        int[] g = findSubmatchIndex(b);
        return g == null ? null : submatches(b, g);
    }

    private static List<String> submatches(byte[] b, int[] g) {
        List<String> row = new ArrayList<>(g.length / 2);
        for (int i = 0; i < g.length; i += 2) {
            row.add(g[i] < 0 ? "" : GoUtf8.string(b, g[i], g[i + 1]));
        }
        return row;
    }

    /** Go {@code ReplaceAll(src, template)}: every match replaced by {@link #expand} of {@code template}. */
    public byte[] replaceAll(byte[] src, byte[] template) {
        return replaceAll(src, (dst, g) -> expand(dst, template, src, g));
    }

    /** Go {@code ReplaceAllString}. */
    public String replaceAllString(String src, String template) {
        return GoUtf8.string(replaceAll(GoUtf8.encode(src), GoUtf8.encode(template)));
    }

    /** Go {@code ReplaceAllLiteral}: the replacement is used as is, {@code $} has no meaning. */
    public byte[] replaceAllLiteral(byte[] src, byte[] replacement) {
        return replaceAll(src, (dst, g) -> dst.write(replacement, 0, replacement.length));
    }

    @FunctionalInterface
    private interface Replacer {
        void write(ByteArrayOutputStream dst, int[] match);
    }

    private byte[] replaceAll(byte[] src, Replacer repl) {
        ByteArrayOutputStream dst = new ByteArrayOutputStream(src.length + 16);
        Matcher m = pattern.matcher(src);
        int lastMatchEnd = 0;
        int searchPos = 0;
        while (searchPos <= src.length) {
            if (!m.find(searchPos)) {
                break;
            }
            int[] a = groups(m);
            dst.write(src, lastMatchEnd, a[0] - lastMatchEnd);
            // No replacement for an empty match immediately after another match (Go avoids double replacement).
            if (a[1] > lastMatchEnd || a[0] == 0) {
                repl.write(dst, a);
            }
            lastMatchEnd = a[1];
            int width = searchPos < src.length ? GoUtf8.width(GoUtf8.decodeRune(src, searchPos, src.length)) : 0;
            if (searchPos + width > a[1]) {
                searchPos += width;
            } else if (searchPos + 1 > a[1]) {
                searchPos++;
            } else {
                searchPos = a[1];
            }
        }
        dst.write(src, lastMatchEnd, src.length - lastMatchEnd);
        return dst.toByteArray();
    }

    /**
     * Go {@code Regexp.Expand}: appends {@code template} to {@code dst} with {@code $n}, {@code ${n}}, {@code $name},
     * {@code ${name}} replaced by the group's text from {@code src} and {@code $$} by {@code $}. A name is the longest
     * run of letters, digits and {@code _}, so {@code $1x} means group {@code 1x}; unknown or unmatched groups expand
     * to nothing; a malformed reference leaves the {@code $} as text.
     */
    public void expand(ByteArrayOutputStream dst, byte[] template, byte[] src, int[] match) {
        int i = 0;
        int n = template.length;
        while (i < n) {
            int dollar = indexOf(template, (byte) '$', i);
            if (dollar < 0) {
                break;
            }
            dst.write(template, i, dollar - i);
            i = dollar + 1;
            if (i < n && template[i] == '$') {
                dst.write('$');
                i++;
                continue;
            }
            int[] ref = extractRef(template, i); // {nameStart, nameEnd, restStart} or null
            if (ref == null) {
                dst.write('$');
                continue;
            }
            String name = GoUtf8.decode(template, ref[0], ref[1]);
            i = ref[2];
            int num = groupNumber(name);
            if (num >= 0) {
                if (2 * num + 1 < match.length && match[2 * num] >= 0) {
                    dst.write(src, match[2 * num], match[2 * num + 1] - match[2 * num]);
                }
            } else {
                for (int g = 0; g < subexpNames.length; g++) {
                    if (name.equals(subexpNames[g]) && 2 * g + 1 < match.length && match[2 * g] >= 0) {
                        dst.write(src, match[2 * g], match[2 * g + 1] - match[2 * g]);
                        break;
                    }
                }
            }
        }
        if (i < n) {
            dst.write(template, i, n - i);
        }
    }

    /** Go's {@code extract}: parses a group reference after {@code $}. */
    private static int[] extractRef(byte[] t, int i) {
        int n = t.length;
        if (i >= n) {
            return null;
        }
        boolean brace = false;
        if (t[i] == '{') {
            brace = true;
            i++;
        }
        int start = i;
        while (i < n) {
            long rw = GoUtf8.decodeRune(t, i, n);
            int r = GoUtf8.rune(rw);
            if (!Character.isLetter(r) && !Character.isDigit(r) && r != '_') {
                break;
            }
            i += GoUtf8.width(rw);
        }
        if (i == start) {
            return null; // empty name
        }
        int nameEnd = i;
        if (brace) {
            if (i >= n || t[i] != '}') {
                return null; // missing closing brace
            }
            i++;
        }
        return new int[] {start, nameEnd, i};
    }

    private static int groupNumber(String name) {
        int num = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9' || num >= 100_000_000) {
                return -1;
            }
            num = num * 10 + (c - '0');
        }
        if (name.charAt(0) == '0' && name.length() > 1) {
            return -1; // no leading zeros
        }
        return num;
    }

    private static int indexOf(byte[] b, byte c, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int[] groups(Matcher m) {
        int count = m.groupCount();
        int[] g = new int[2 * (count + 1)];
        for (int i = 0; i <= count; i++) {
            g[2 * i] = m.start(i);
            g[2 * i + 1] = m.end(i);
        }
        return g;
    }
}
