package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.Deleted;
import io.camelbenthos.bloblang.value.Nothing;
import io.camelbenthos.bloblang.value.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code root = ...} / {@code root.a.b = ...} (Go {@code JSONAssignment}, with gabs path semantics). */
public final class PathAssignment extends Statement {
    private final String[] path;
    private final Node query;

    public PathAssignment(int line, List<String> path, Node query) {
        super(line);
        this.path = path.toArray(new String[0]);
        this.query = query;
    }

    @Override
    void execute(ExecContext ctx) {
        Object v = query.exec(ctx);
        if (v == Nothing.INSTANCE) {
            return;
        }
        boolean deleted = v == Deleted.INSTANCE;
        if (!deleted) {
            v = query.assignable(v);
        }
        Frame f = ctx.frame;
        if (path.length == 0) {
            f.root = v;
            return;
        }
        if (f.root == Nothing.INSTANCE || f.root == null) {
            f.root = new LinkedHashMap<String, Object>();
        }
        if (deleted) {
            delete(f.root);
        } else {
            set(f.root, v);
        }
    }

    private void delete(Object node) {
        Object cur = node;
        for (int i = 0; i < path.length - 1; i++) {
            cur = child(cur, path[i]);
            if (cur == null) {
                return;
            }
        }
        String last = path[path.length - 1];
        if (cur instanceof Map<?, ?> m) {
            m.remove(last);
        } else if (cur instanceof List<?> l) {
            int idx = arrayIndex(last);
            if (idx >= 0 && idx < l.size()) {
                l.remove(idx);
            }
        }
    }

    private static Object child(Object node, String seg) {
        if (node instanceof Map<?, ?> m) {
            return m.get(seg);
        }
        if (node instanceof List<?> l) {
            int idx = arrayIndex(seg);
            return idx >= 0 && idx < l.size() ? l.get(idx) : null;
        }
        return null;
    }

    private static int arrayIndex(String seg) {
        if (seg.isEmpty() || seg.length() > 9) {
            return -1;
        }
        for (int i = 0; i < seg.length(); i++) {
            if (seg.charAt(i) < '0' || seg.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(seg);
    }

    private void set(Object root, Object v) {
        Object cur = root;
        for (int i = 0; i < path.length; i++) {
            String seg = path[i];
            boolean last = i == path.length - 1;
            if (cur instanceof Map<?, ?> raw) {
                Map<String, Object> m = Values.asObject(raw);
                if (last) {
                    m.put(seg, v);
                    return;
                }
                Object next = m.get(seg);
                if (next == null) {
                    next = new LinkedHashMap<String, Object>();
                    m.put(seg, next);
                }
                cur = next;
            } else if (cur instanceof List<?> raw) {
                List<Object> l = Values.asArray(raw);
                int idx = arrayIndex(seg);
                if (idx < 0) {
                    throw new QueryException("unable to set target path " + dotPath(path.length) + ": failed to resolve path segment '"
                            + i + "': found array but segment value '" + seg + "' could not be parsed into array index");
                }
                if (idx >= l.size()) {
                    throw new QueryException("unable to set target path " + dotPath(path.length) + ": failed to resolve path segment '"
                            + i + "': found array but index '" + seg + "' exceeded target array size of '" + l.size() + "'");
                }
                if (last) {
                    l.set(idx, v);
                    return;
                }
                cur = l.get(idx);
                if (cur == null) {
                    throw new QueryException("unable to set target path " + dotPath(path.length) + ": failed to resolve path segment '"
                            + i + "': field '" + seg + "' was not found");
                }
            } else {
                throw collision(root);
            }
        }
    }

    /** Go {@code findTheNonObject}: names the first non-object on the path. */
    private QueryException collision(Object root) {
        if (!(root instanceof Map)) {
            return new QueryException("unable to set target path " + dotPath(path.length)
                    + " as the value of the root was a non-object type (" + Values.typeName(root) + ")");
        }
        Object cur = root;
        for (int i = 0; i < path.length; i++) {
            cur = child(cur, path[i]);
            if (!(cur instanceof Map)) {
                return new QueryException("unable to set target path " + dotPath(path.length) + " as the value of "
                        + dotPath(i + 1) + " was a non-object type (" + Values.typeName(cur) + ")");
            }
        }
        return new QueryException("unable to set target path " + dotPath(path.length));
    }

    private String dotPath(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(path[i].replace("~", "~0").replace(".", "~1"));
        }
        return sb.toString();
    }
}
