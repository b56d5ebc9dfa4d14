package io.camelbenthos.bloblang.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a path out of a value the way gabs {@code Search} does (arrays by index, or mapped over). */
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
                int idx = index(seg);
                if (idx != Integer.MIN_VALUE) {
                    if (idx < 0 || idx >= l.size()) {
                        return MISSING;
                    }
                    cur = l.get(idx);
                } else {
                    // gabs maps a non-index segment over the array elements
                    List<Object> out = new ArrayList<>();
                    for (Object e : l) {
                        Object r = search(e, path, i);
                        if (r != MISSING) {
                            out.add(r);
                        }
                    }
                    return out.isEmpty() ? MISSING : out;
                }
            } else {
                return MISSING;
            }
        }
        return cur;
    }

    private static int index(String seg) {
        int n = seg.length();
        if (n == 0 || n > 10) {
            return Integer.MIN_VALUE;
        }
        int start = seg.charAt(0) == '-' ? 1 : 0;
        if (start == n) {
            return Integer.MIN_VALUE;
        }
        for (int i = start; i < n; i++) {
            char c = seg.charAt(i);
            if (c < '0' || c > '9') {
                return Integer.MIN_VALUE;
            }
        }
        long v = Long.parseLong(seg);
        return v > Integer.MAX_VALUE || v < Integer.MIN_VALUE + 1 ? -1 : (int) v;
    }

    /** Whether {@code path} exists under {@code v} (gabs {@code Exists}); a null value exists. */
    public static boolean exists(Object v, String[] path) {
        return search(v, path, 0) != MISSING;
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
