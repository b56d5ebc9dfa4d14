package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.go.GoNumError;
import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.Deleted;
import io.camelbenthos.bloblang.value.Nothing;
import io.camelbenthos.bloblang.value.Values;
import java.util.Arrays;
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

    /**
     * gabs {@code Delete}, whose errors Benthos ignores: the parent is found with gabs {@code Search}; a key is removed
     * from an object, an index ({@code strconv.Atoi}) from an array unless the array is the root.
     */
    private void delete(Object root) {
        Object parent = path.length > 1 ? PathWalker.get(root, Arrays.copyOf(path, path.length - 1)) : root;
        String last = path[path.length - 1];
        if (parent instanceof Map<?, ?> m) {
            m.remove(last);
        } else if (parent instanceof List<?> l && path.length > 1) {
            int idx = PathWalker.arrayIndex(last);
            if (idx >= 0 && idx < l.size()) {
                l.remove(idx);
            }
        }
    }

    /**
     * gabs {@code Set}: missing (or null) object steps become objects; an array step takes an existing index or
     * {@code -}, which appends. gabs refuses {@code -} on a root array, but Benthos catches that error and appends
     * there the same way (executor test "append array at root").
     */
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
                if (seg.equals("-")) {
                    Object added = last ? v : new LinkedHashMap<String, Object>();
                    l.add(added);
                    cur = added;
                    continue;
                }
                int idx = index(i, seg, l.size());
                if (last) {
                    l.set(idx, v);
                    return;
                }
                cur = l.get(idx);
                if (cur == null) {
                    throw segmentError(i, "field '" + seg + "' was not found");
                }
            } else {
                throw collision(root);
            }
        }
    }

    /** An existing index of an array being set, with gabs's errors for anything else. */
    private int index(int i, String seg, int size) {
        long idx;
        try {
            idx = GoStrconv.atoi(seg);
        } catch (GoNumError e) {
            throw segmentError(i, "found array but segment value '" + seg + "' could not be parsed into array index: "
                    + e.getMessage());
        }
        if (idx < 0) {
            throw segmentError(i, "found array but index '" + seg + "' is invalid");
        }
        if (idx >= size) {
            throw segmentError(i, "found array but index '" + seg + "' exceeded target array size of '" + size + "'");
        }
        return (int) idx;
    }

    private QueryException segmentError(int i, String problem) {
        return new QueryException("unable to set target path " + dotPath(path.length)
                + ": failed to resolve path segment '" + i + "': " + problem);
    }

    /** Go {@code findTheNonObject}: names the first non-object on the path. */
    private QueryException collision(Object root) {
        if (!(root instanceof Map)) {
            return new QueryException("unable to set target path " + dotPath(path.length)
                    + " as the value of the root was a non-object type (" + Values.typeName(root) + ")");
        }
        Object cur = root;
        int i = 0;
        while (i < path.length) {
            cur = PathWalker.get(cur, new String[] {path[i]});
            i++;
            if (!(cur instanceof Map)) {
                break;
            }
        }
        return new QueryException("unable to set target path " + dotPath(path.length) + " as the value of "
                + dotPath(i) + " was a non-object type (" + Values.typeName(cur) + ")");
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
