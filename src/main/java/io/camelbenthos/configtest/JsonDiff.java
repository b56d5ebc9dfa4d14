package io.camelbenthos.configtest;

import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.bloblang.value.JsonNumber;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The JSON comparison of Benthos's {@code json_equals}/{@code json_contains} conditions (the nsf/jsondiff library
 * with its console options): the first document is compared against the second, numbers by their literal text, and
 * the explanation is the first document pretty-printed with the differences tagged in ANSI colours (yellow
 * {@code a => b} for a changed value, red for what only the first has, green for what only the second has).
 */
final class JsonDiff {
    /** How the first document relates to the second. */
    enum Difference { FULL_MATCH, SUPERSET_MATCH, NO_MATCH, FIRST_INVALID, SECOND_INVALID, BOTH_INVALID }

    record Result(Difference difference, String explanation) {
    }

    private static final String NORMAL = "";
    private static final String ADDED = "\033[0;32m";
    private static final String REMOVED = "\033[0;31m";
    private static final String CHANGED = "\033[0;33m";
    private static final String END = "\033[0m";
    private static final String INDENT = "    ";
    private static final Object INVALID = new Object();

    private final StringBuilder buf = new StringBuilder();
    private int level;
    /** The tag currently open (null before the first one). */
    private String lastTag;
    private Difference diff = Difference.FULL_MATCH;

    private JsonDiff() {
    }

    static Result compare(byte[] a, byte[] b) {
        Object av = parse(a);
        Object bv = parse(b);
        if (av == INVALID && bv == INVALID) {
            return new Result(Difference.BOTH_INVALID, "both arguments are invalid json");
        }
        if (av == INVALID) {
            return new Result(Difference.FIRST_INVALID, "first argument is invalid json");
        }
        if (bv == INVALID) {
            return new Result(Difference.SECOND_INVALID, "second argument is invalid json");
        }
        JsonDiff ctx = new JsonDiff();
        ctx.printDiff(av, bv);
        if (ctx.lastTag != null && !ctx.lastTag.isEmpty()) {
            ctx.buf.append(END);
        }
        return new Result(ctx.diff, ctx.buf.toString());
    }

    private static Object parse(byte[] bytes) {
        try {
            return GoJsonDecoder.unmarshal(new String(bytes, StandardCharsets.UTF_8), true);
        } catch (RuntimeException e) {
            return INVALID;
        }
    }

    private void newline(String s) {
        buf.append(s);
        if (lastTag != null && !lastTag.isEmpty()) {
            buf.append(END);
        }
        buf.append('\n');
        buf.append(INDENT.repeat(level));
        if (lastTag != null) {
            buf.append(lastTag);
        }
    }

    private void tag(String tag) {
        if (tag.equals(lastTag)) {
            return;
        }
        if (lastTag != null && !lastTag.isEmpty()) {
            buf.append(END);
        }
        buf.append(tag);
        lastTag = tag;
    }

    private void result(Difference d) {
        if (d == Difference.NO_MATCH) {
            diff = Difference.NO_MATCH;
        } else if (d == Difference.SUPERSET_MATCH && diff != Difference.NO_MATCH) {
            diff = Difference.SUPERSET_MATCH;
        }
    }

    private void key(String k) {
        buf.append(GoStrconv.quote(k)).append(": ");
    }

    private void printDiff(Object a, Object b) {
        if (a == null || b == null) {
            if (a == null && b == null) {
                tag(NORMAL);
                writeValue(null, false);
            } else {
                mismatch(a, b);
            }
            return;
        }
        if (kind(a) != kind(b)) {
            mismatch(a, b);
            return;
        }
        if (a instanceof List<?> la) {
            printLists(la, (List<?>) b);
            return;
        }
        if (a instanceof Map<?, ?> ma) {
            printMaps(ma, (Map<?, ?>) b);
            return;
        }
        if (!scalarText(a).equals(scalarText(b))) {
            mismatch(a, b);
            return;
        }
        tag(NORMAL);
        writeValue(a, true);
    }

    private void printLists(List<?> a, List<?> b) {
        int max = Math.max(a.size(), b.size());
        tag(NORMAL);
        open("[", max);
        for (int i = 0; i < max; i++) {
            if (i < a.size() && i < b.size()) {
                printDiff(a.get(i), b.get(i));
            } else if (i < a.size()) {
                tag(REMOVED);
                writeValue(a.get(i), true);
                result(Difference.SUPERSET_MATCH);
            } else {
                tag(ADDED);
                writeValue(b.get(i), true);
                result(Difference.NO_MATCH);
            }
            tag(NORMAL);
            separator(i, max);
        }
        buf.append(']');
    }

    private void printMaps(Map<?, ?> a, Map<?, ?> b) {
        TreeSet<String> keys = new TreeSet<>();
        a.keySet().forEach(k -> keys.add(String.valueOf(k)));
        b.keySet().forEach(k -> keys.add(String.valueOf(k)));
        tag(NORMAL);
        open("{", keys.size());
        int i = 0;
        for (String k : keys) {
            boolean inA = a.containsKey(k);
            boolean inB = b.containsKey(k);
            if (inA && inB) {
                key(k);
                printDiff(a.get(k), b.get(k));
            } else if (inA) {
                tag(REMOVED);
                key(k);
                writeValue(a.get(k), true);
                result(Difference.SUPERSET_MATCH);
            } else {
                tag(ADDED);
                key(k);
                writeValue(b.get(k), true);
                result(Difference.NO_MATCH);
            }
            tag(NORMAL);
            separator(i++, keys.size());
        }
        buf.append('}');
    }

    private void open(String bracket, int size) {
        if (size == 0) {
            buf.append(bracket);
        } else {
            level++;
            newline(bracket);
        }
    }

    private void separator(int i, int size) {
        if (i != size - 1) {
            newline(",");
        } else {
            level--;
            newline("");
        }
    }

    private void mismatch(Object a, Object b) {
        tag(CHANGED);
        writeValue(a, false);
        buf.append(" => ");
        writeValue(b, false);
        result(Difference.NO_MATCH);
    }

    private void writeValue(Object v, boolean full) {
        if (v instanceof List<?> list) {
            if (!full) {
                buf.append("[]");
                return;
            }
            open("[", list.size());
            for (int i = 0; i < list.size(); i++) {
                writeValue(list.get(i), true);
                separator(i, list.size());
            }
            buf.append(']');
        } else if (v instanceof Map<?, ?> map) {
            if (!full) {
                buf.append("{}");
                return;
            }
            open("{", map.size());
            int i = 0;
            for (Object k : new TreeSet<>(map.keySet().stream().map(String::valueOf).toList())) {
                key((String) k);
                writeValue(map.get(k), true);
                separator(i++, map.size());
            }
            buf.append('}');
        } else {
            buf.append(scalarText(v));
        }
    }

    private static String scalarText(Object v) {
        if (v instanceof String s) {
            return GoStrconv.quote(s);
        }
        if (v instanceof JsonNumber n) {
            return n.text();
        }
        return v == null ? "null" : String.valueOf(v);
    }

    private static int kind(Object v) {
        if (v instanceof List<?>) {
            return 1;
        }
        if (v instanceof Map<?, ?>) {
            return 2;
        }
        if (v instanceof String) {
            return 3;
        }
        if (v instanceof Boolean) {
            return 4;
        }
        return 5;
    }
}
