package io.camelbenthos.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields a Bloblang mapping reads and writes, as {@code workflow}'s dependency inference needs them (processors
 * reference §2.3, §3.1): reads of {@code this.a.b} (or a bare {@code a.b}) are {@code path.a.b}, of {@code @k},
 * {@code metadata("k")} or {@code meta("k")} are {@code metadata.k}; assignments to {@code root.a.b} (or {@code a.b})
 * are {@code path.a.b}, to {@code meta k} {@code metadata.k}, to {@code root} {@code path}.
 *
 * <p>Read from the mapping's tokens rather than its compiled form: every {@code this} path counts wherever it is (a
 * path inside a {@code match} or a lambda is counted from the document root, where Benthos counts it from the
 * context), so a branch may depend on a little more than in Benthos, never on less.
 */
public final class MappingTargets {
    private static final Set<String> KEYWORDS = Set.of("if", "else", "match", "let", "map", "root", "this", "meta",
            "true", "false", "null", "import", "from", "_");

    private record Token(String kind, String text) {
        boolean is(String t) {
            return !kind.equals("str") && text.equals(t);
        }
    }

    private final List<Token> tokens;

    private MappingTargets(String mapping) {
        this.tokens = tokenize(mapping);
    }

    /** The paths {@code mapping} reads (a request map's query targets). */
    public static Set<List<String>> reads(String mapping) {
        return new MappingTargets(mapping).scan(true);
    }

    /** The paths {@code mapping} assigns (a result map's assignment targets). */
    public static Set<List<String>> writes(String mapping) {
        return new MappingTargets(mapping).scan(false);
    }

    /** True when the writer's path is the reader's or a leading part of it (§3.1). */
    public static boolean provides(List<String> written, List<String> read) {
        return written.size() <= read.size() && read.subList(0, written.size()).equals(written);
    }

    private Set<List<String>> scan(boolean reads) {
        Set<List<String>> out = new LinkedHashSet<>();
        Set<String> lambdaNames = new HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).kind().equals("id") && tokens.get(i + 1).is("->")) {
                lambdaNames.add(tokens.get(i).text());
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            boolean start = i == 0 || tokens.get(i - 1).is("\n") || tokens.get(i - 1).is("{");
            int assigned = start ? assignment(i, reads ? null : out) : -1;
            if (assigned >= 0) {
                i = assigned;
                continue;
            }
            i = reads ? query(i, out, lambdaNames) : i + 1;
        }
        return out;
    }

    /**
     * When a statement assigning a path starts at {@code i}: records the target (into {@code out} unless null) and
     * returns the index of its {@code =}; else -1.
     */
    private int assignment(int i, Set<List<String>> out) {
        Token first = tokens.get(i);
        if (!first.kind().equals("id") || first.is("let") || first.is("map") || first.is("if") || first.is("else")
                || first.is("import")) {
            return -1;
        }
        List<String> target = new ArrayList<>();
        int j;
        if (first.is("meta")) {
            target.add("metadata");
            j = i + 1;
            if (j < tokens.size() && (tokens.get(j).kind().equals("id") || tokens.get(j).kind().equals("str"))
                    && !tokens.get(j).is("=")) {
                target.add(tokens.get(j).text());
                j++;
            }
        } else {
            target.add("path");
            if (!first.is("root") && !first.is("this")) {
                target.add(first.text());
            }
            j = segments(i + 1, target);
        }
        if (j < tokens.size() && tokens.get(j).is("=")) {
            if (out != null) {
                out.add(List.copyOf(target));
            }
            return j + 1;
        }
        return -1;
    }

    /** Records a read starting at {@code i}, if any; returns where to go on. */
    private int query(int i, Set<List<String>> out, Set<String> lambdaNames) {
        Token t = tokens.get(i);
        Token prev = i > 0 ? tokens.get(i - 1) : null;
        boolean afterDot = prev != null && (prev.is(".") || prev.is("$") || prev.is("@"));
        if (t.is("@")) {
            List<String> target = new ArrayList<>(List.of("metadata"));
            if (i + 1 < tokens.size() && (tokens.get(i + 1).kind().equals("id") || tokens.get(i + 1).kind().equals("str"))) {
                target.add(tokens.get(i + 1).text());
                out.add(target);
                return i + 2;
            }
            out.add(target);
            return i + 1;
        }
        if (t.kind().equals("id") && !afterDot && (t.is("metadata") || t.is("meta")) && i + 1 < tokens.size()
                && tokens.get(i + 1).is("(")) {
            List<String> target = new ArrayList<>(List.of("metadata"));
            if (i + 3 < tokens.size() && tokens.get(i + 2).kind().equals("str") && tokens.get(i + 3).is(")")) {
                target.add(tokens.get(i + 2).text());
            }
            out.add(target);
            return i + 2;
        }
        if (t.kind().equals("id") && !afterDot) {
            boolean call = i + 1 < tokens.size() && (tokens.get(i + 1).is("(") || tokens.get(i + 1).is("->"));
            if (t.is("this") || (!call && !KEYWORDS.contains(t.text()) && !lambdaNames.contains(t.text())
                    && !Character.isDigit(t.text().charAt(0)))) {
                List<String> target = new ArrayList<>(List.of("path"));
                if (!t.is("this")) {
                    target.add(t.text());
                }
                int base = target.size();
                int j = segments(i + 1, target);
                if (j < tokens.size() && tokens.get(j).is("(") && target.size() > base) {
                    target.remove(target.size() - 1); // this.a.method(): the last segment was the method
                }
                out.add(target);
                return j;
            }
        }
        return i + 1;
    }

    /** Adds the {@code .seg} / {@code ."seg"} segments from {@code j} to {@code target}; returns the next index. */
    private int segments(int j, List<String> target) {
        while (j + 1 < tokens.size() && tokens.get(j).is(".")
                && (tokens.get(j + 1).kind().equals("id") || tokens.get(j + 1).kind().equals("str"))) {
            target.add(tokens.get(j + 1).text());
            j += 2;
        }
        return j;
    }

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                out.add(new Token("op", "\n"));
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end;
                out.add(new Token("str", s.substring(i + 3, end)));
                i = Math.min(s.length(), end + 3);
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                i++;
                while (i < s.length() && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\' && i + 1 < s.length()) {
                        i++;
                    }
                    text.append(s.charAt(i++));
                }
                out.add(new Token("str", text.toString()));
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token("id", s.substring(start, i)));
            } else {
                String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                if (List.of("->", "==", "!=", ">=", "<=", "&&", "||", "=>").contains(two)) {
                    out.add(new Token("op", two));
                    i += 2;
                } else {
                    out.add(new Token("op", String.valueOf(c)));
                    i++;
                }
            }
        }
        return out;
    }
}
