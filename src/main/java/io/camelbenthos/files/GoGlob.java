package io.camelbenthos.files;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Benthos's path globs: Go's {@code path.Match} syntax ({@code *} and {@code ?} within one path segment,
 * {@code [a-z]} / {@code [^a-z]} classes, {@code \} escapes) plus super globs, where {@code **} also crosses
 * directories. A path without glob characters is kept even when it does not exist (reading it then fails).
 */
public final class GoGlob {
    /** Go's {@code path.ErrBadPattern}. */
    public static final class BadPatternException extends Exception {
        private static final long serialVersionUID = 1L;

        BadPatternException() {
            super("syntax error in pattern");
        }
    }

    private GoGlob() {
    }

    /** Every pattern expanded, in order, each path once ({@code filepath.Globs}). */
    public static List<String> expand(List<String> patterns) throws BadPatternException {
        Set<String> out = new LinkedHashSet<>();
        for (String pattern : patterns) {
            List<String> found = pattern.contains("**") ? superGlob(pattern) : glob(pattern);
            out.addAll(found);
            if (found.isEmpty() && !hasMeta(pattern)) {
                out.add(pattern);
            }
        }
        return List.copyOf(out);
    }

    /** Throws when the pattern cannot be matched (an unclosed class, a trailing escape, an empty range). */
    public static void check(String pattern) throws BadPatternException {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                if (++i >= pattern.length()) {
                    throw new BadPatternException();
                }
            } else if (c == '[') {
                i = classEnd(pattern, i + 1) - 1;
            }
        }
    }

    static boolean hasMeta(String path) {
        return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '\\');
    }

    /** Go's {@code path.Match}. */
    public static boolean match(String pattern, String name) throws BadPatternException {
        check(pattern);
        return matchFrom(pattern, 0, name, 0);
    }

    private static boolean matchFrom(String p, int pi, String n, int ni) throws BadPatternException {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') {
                    pi++;
                }
                if (pi == p.length()) {
                    return n.indexOf('/', ni) < 0;
                }
                for (int k = ni; k <= n.length(); k++) {
                    if (matchFrom(p, pi, n, k)) {
                        return true;
                    }
                    if (k < n.length() && n.charAt(k) == '/') {
                        return false;
                    }
                }
                return false;
            }
            if (ni >= n.length()) {
                return false;
            }
            char have = n.charAt(ni);
            if (c == '?') {
                if (have == '/') {
                    return false;
                }
                pi++;
            } else if (c == '[') {
                int end = classEnd(p, pi + 1);
                if (have == '/' || !inClass(p, pi + 1, end - 1, have)) {
                    return false;
                }
                pi = end;
            } else {
                if (c == '\\') {
                    c = p.charAt(++pi);
                }
                if (c != have) {
                    return false;
                }
                pi++;
            }
            ni++;
        }
        return ni == n.length();
    }

    /** The index after the {@code ]} closing the class whose body starts at {@code from}. */
    private static int classEnd(String p, int from) throws BadPatternException {
        int i = from;
        if (i < p.length() && p.charAt(i) == '^') {
            i++;
        }
        int start = i;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == ']' && i > start) {
                return i + 1;
            }
            if (c == ']' || c == '-' && (i == start || i + 1 >= p.length() || p.charAt(i + 1) == ']')) {
                throw new BadPatternException();
            }
            if (c == '\\') {
                i++;
            }
            i++;
        }
        throw new BadPatternException();
    }

    /** Whether {@code c} is in the class body {@code p[from, to)} ({@code ^} negates). */
    private static boolean inClass(String p, int from, int to, char c) {
        boolean negate = p.charAt(from) == '^';
        int i = negate ? from + 1 : from;
        boolean matched = false;
        while (i < to) {
            char lo = p.charAt(i) == '\\' ? p.charAt(++i) : p.charAt(i);
            i++;
            char hi = lo;
            if (i < to && p.charAt(i) == '-') {
                i++;
                hi = p.charAt(i) == '\\' ? p.charAt(++i) : p.charAt(i);
                i++;
            }
            if (lo <= c && c <= hi) {
                matched = true;
            }
        }
        return matched != negate;
    }

    /** Go's {@code fs.Glob}: existing paths matching, in lexical order per directory. */
    static List<String> glob(String pattern) throws BadPatternException {
        check(pattern);
        if (!hasMeta(pattern)) {
            return new File(pattern).exists() ? List.of(pattern) : List.of();
        }
        int slash = pattern.lastIndexOf('/');
        String dir = slash < 0 ? "" : pattern.substring(0, slash + 1);
        String file = pattern.substring(slash + 1);
        List<String> dirs = hasMeta(dir) ? glob(trimSlash(dir)) : List.of(dir);
        List<String> out = new ArrayList<>();
        for (String d : dirs) {
            String[] names = new File(d.isEmpty() ? "." : d).list();
            if (names == null) {
                continue;
            }
            Arrays.sort(names);
            for (String name : names) {
                if (matchFrom(file, 0, name, 0)) {
                    out.add(join(d, name));
                }
            }
        }
        return out;
    }

    /** Benthos's super glob: between the {@code **} segments, any depth of directories. */
    private static List<String> superGlob(String pattern) throws BadPatternException {
        String[] segments = pattern.split("\\*\\*", -1);
        Set<String> matches = new TreeSet<>(List.of(""));
        for (int i = 0; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            Set<String> next = new TreeSet<>();
            for (String match : matches) {
                String joined = match.endsWith("/") && segments[i].startsWith("/")
                        ? match + segments[i].substring(1) : match + segments[i];
                if (joined.isEmpty()) {
                    // a leading **: everything below the working directory
                    String[] names = new File(".").list();
                    for (String name : names == null ? new String[0] : names) {
                        walk(new File(name), name, last, next);
                    }
                    continue;
                }
                for (String path : glob(joined)) {
                    walk(new File(path), path, last, next);
                }
            }
            matches = next;
        }
        return List.copyOf(matches);
    }

    private static void walk(File f, String path, boolean filesOnly, Set<String> out) {
        boolean dir = f.isDirectory();
        if (!(filesOnly && dir)) {
            out.add(path);
        }
        String[] names = dir ? f.list() : null;
        if (names != null) {
            Arrays.sort(names);
            for (String name : names) {
                walk(new File(f, name), join(path, name), filesOnly, out);
            }
        }
    }

    private static String trimSlash(String dir) {
        return dir.length() > 1 && dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
    }

    private static String join(String dir, String name) {
        if (dir.isEmpty()) {
            return name;
        }
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }
}
