package io.camelbenthos.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Query text as JDBC needs it: a script split into statements (Benthos's {@code splitSQLStatements}: on {@code ;}
 * outside quotes and comments, a trailing comment kept with the statement before it), and postgres's native
 * {@code $n} placeholders turned into JDBC's {@code ?} with the argument order they ask for.
 */
public final class SqlStatements {
    private SqlStatements() {
    }

    /** A query ready for a PreparedStatement, and for each {@code ?} the 0-based index of its argument. */
    public record Prepared(String sql, int[] argIndexes) {
        /** The arguments in placeholder order. */
        public List<Object> order(List<Object> args) {
            if (argIndexes == null) {
                return args;
            }
            List<Object> ordered = new ArrayList<>(argIndexes.length);
            for (int i : argIndexes) {
                if (i >= args.size()) {
                    throw new IllegalArgumentException("sql: expected " + (maxIndex() + 1) + " arguments, got "
                            + args.size());
                }
                ordered.add(args.get(i));
            }
            return ordered;
        }

        private int maxIndex() {
            int max = -1;
            for (int i : argIndexes) {
                max = Math.max(max, i);
            }
            return max;
        }
    }

    /** The statements of {@code script}, each trimmed, functionally empty parts joined to the one before. */
    public static List<String> split(String script) {
        List<String> result = new ArrayList<>();
        int start = 0;
        int p = 0;
        boolean content = false;
        int n = script.length();
        while (true) {
            if (p == n || script.charAt(p) == ';') {
                if (p != n) {
                    p++;
                }
                String part = script.substring(start, p);
                if (content) {
                    result.add(part.strip());
                } else if (!result.isEmpty()) {
                    result.set(result.size() - 1, result.get(result.size() - 1) + part);
                }
                if (p == n) {
                    break;
                }
                start = p;
                content = false;
                continue;
            }
            char c = script.charAt(p);
            if (c == '\'' || c == '"' || c == '`') {
                p++;
                while (p < n && script.charAt(p) != c) {
                    p++;
                }
                content = true;
            } else if (c == '#' || script.startsWith("--", p) || script.startsWith("//", p)) {
                while (p < n && script.charAt(p) != '\n') {
                    p++;
                }
            } else if (script.startsWith("/*", p)) {
                while (p + 1 < n && !script.startsWith("*/", p)) {
                    p++;
                }
                // past the closing slash too (Go's loop stops on the star and then counts the slash as content)
                p = Math.min(n - 1, p + 1);
            } else if (!Character.isWhitespace(c)) {
                content = true;
            }
            if (p != n) {
                p++;
            }
        }
        return result;
    }

    /**
     * A query in the driver's native placeholder style made ready for JDBC: for postgres, {@code $n} becomes
     * {@code ?} (remembering n) and a literal {@code ?} (a jsonb operator) is escaped as {@code ??}; quotes,
     * dollar-quoted bodies and comments are left alone. Other drivers already use {@code ?}.
     */
    public static Prepared nativeQuery(String driver, String query) {
        if (!driver.equals("postgres") && !driver.equals("pgx")) {
            return new Prepared(query, null);
        }
        StringBuilder sql = new StringBuilder(query.length());
        List<Integer> indexes = new ArrayList<>();
        int n = query.length();
        int p = 0;
        while (p < n) {
            char c = query.charAt(p);
            if (c == '\'' || c == '"') {
                int end = query.indexOf(c, p + 1);
                end = end < 0 ? n : end + 1;
                sql.append(query, p, end);
                p = end;
            } else if (query.startsWith("--", p)) {
                int end = query.indexOf('\n', p);
                end = end < 0 ? n : end;
                sql.append(query, p, end);
                p = end;
            } else if (query.startsWith("/*", p)) {
                int end = query.indexOf("*/", p + 2);
                end = end < 0 ? n : end + 2;
                sql.append(query, p, end);
                p = end;
            } else if (c == '$' && p + 1 < n && Character.isDigit(query.charAt(p + 1))) {
                int end = p + 1;
                while (end < n && Character.isDigit(query.charAt(end))) {
                    end++;
                }
                indexes.add(Integer.parseInt(query.substring(p + 1, end)) - 1);
                sql.append('?');
                p = end;
            } else if (c == '$') {
                // a dollar-quoted body: $tag$ ... $tag$
                int close = query.indexOf('$', p + 1);
                String tag = close < 0 ? null : query.substring(p, close + 1);
                if (tag != null && tag.chars().skip(1).limit(tag.length() - 2L)
                        .allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) {
                    int end = query.indexOf(tag, close + 1);
                    end = end < 0 ? n : end + tag.length();
                    sql.append(query, p, end);
                    p = end;
                } else {
                    sql.append(c);
                    p++;
                }
            } else if (c == '?') {
                sql.append("??");
                p++;
            } else {
                sql.append(c);
                p++;
            }
        }
        return new Prepared(sql.toString(), indexes.stream().mapToInt(Integer::intValue).toArray());
    }
}
