package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.go.GoNumError;
import io.camelbenthos.bloblang.go.GoStrconv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a path out of a value the way gabs v2 {@code Search} does, which is how Benthos reads every path (fields,
 * {@code .get()}, {@code .exists()}, {@code json()}, the parent of a deleted target): objects by key; arrays by a
 * numeric index ({@code strconv.Atoi}) or {@code *} for every element; any other segment on an array, and any segment
 * on a scalar, is a miss.
 */
public final class PathWalker {
    /** Marks "path not found" internally, distinct from a null value. */
    private static final Object MISSING = new Object();

    private PathWalker() {
    }

    /** The value at {@code path} under {@code v}, null when absent. */
    public static Object get(Object v, String[] path) {
        Object r = search(v, path, 0);
        return r == MISSING ? null : r;
    }

    /** Whether {@code path} exists under {@code v} (gabs {@code Exists}); a null value exists. */
    public static boolean exists(Object v, String[] path) {
        return search(v, path, 0) != MISSING;
    }

    private static Object search(Object v, String[] path, int from) {
        Object cur = v;
        for (int i = from; i < path.length; i++) {
            String seg = path[i];
            if (cur instanceof Map<?, ?> m) {
                Object next = m.get(seg);
                if (next == null && !m.containsKey(seg)) {
                    return MISSING;
                }
                cur = next;
            } else if (cur instanceof List<?> l) {
                if (seg.equals("*")) {
                    return wildcard(l, path, i + 1);
                }
                int idx = arrayIndex(seg);
                if (idx < 0 || idx >= l.size()) {
                    return MISSING;
                }
                cur = l.get(idx);
            } else {
                return MISSING;
            }
        }
        return cur;
    }

    /** gabs's {@code *}: the rest of the path searched in every element, misses left out; nothing found is a miss. */
    private static Object wildcard(List<?> l, String[] path, int rest) {
        if (rest >= path.length) {
            return l.isEmpty() ? MISSING : l;
        }
        List<Object> out = new ArrayList<>();
        for (Object e : l) {
            Object r = search(e, path, rest);
            if (r != MISSING) {
                out.add(r);
            }
        }
        return out.isEmpty() ? MISSING : out;
    }

    /**
     * A segment as an array index the way gabs reads it ({@code strconv.Atoi}); -1 when it is not a number, negative
     * or beyond any Java list.
     */
    public static int arrayIndex(String seg) {
        int n = seg.length();
        if (n > 0 && n <= 9) {
            int v = 0;
            int i = 0;
            for (; i < n; i++) {
                char c = seg.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                v = v * 10 + (c - '0');
            }
            if (i == n) {
                return v; // plain digits: the common case, no parsing machinery
            }
        }
        return signedOrLongIndex(seg);
    }

    /** What Atoi also accepts: a sign ({@code +1}, {@code -0}) or more than nine digits. */
    private static int signedOrLongIndex(String seg) {
        int n = seg.length();
        int start = n > 0 && (seg.charAt(0) == '-' || seg.charAt(0) == '+') ? 1 : 0;
        if (start == n) {
            return -1;
        }
        for (int i = start; i < n; i++) {
            char c = seg.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        try {
            long v = GoStrconv.atoi(seg);
            return v < 0 || v > Integer.MAX_VALUE ? -1 : (int) v;
        } catch (GoNumError e) {
            return -1; // out of int64 range
        }
    }

    /** Go {@code gabs.DotPathToSlice}: splits on dots, then unescapes {@code ~1} to {@code .} and {@code ~0} to {@code ~}. */
    public static String[] parseDotPath(String dotPath) {
        String[] parts = dotPath.split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].replace("~1", ".").replace("~0", "~");
        }
        return parts;
    }

    /** Go {@code SliceToDotPath}: segments joined with dots, {@code ~} and {@code .} escaped. */
    public static String dotPath(String[] path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.length; i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(path[i].replace("~", "~0").replace(".", "~1"));
        }
        return sb.toString();
    }
}
