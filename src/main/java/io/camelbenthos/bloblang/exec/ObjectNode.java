package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.Deleted;
import io.camelbenthos.bloblang.value.Nothing;
import io.camelbenthos.bloblang.value.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An object literal with dynamic keys or values (Go {@code mapLiteral}). */
public final class ObjectNode extends Node {
    /** A key (a String or a Node) and its value node. */
    public record Entry(Object key, Node value) {
    }

    private final Entry[] entries;

    private ObjectNode(List<Entry> entries) {
        this.entries = entries.toArray(new Entry[0]);
    }

    /**
     * A {@link Literal} when all keys and values are static, else a dynamic node.
     *
     * @throws QueryException when a literal key is not a string (a parse error)
     */
    public static Node of(List<Entry> entries) {
        boolean dynamic = false;
        Entry[] norm = new Entry[entries.size()];
        for (int i = 0; i < norm.length; i++) {
            Entry e = entries.get(i);
            Object key = e.key;
            if (key instanceof Node n && n.isLiteral()) {
                if (!(n.literalValue() instanceof String s)) {
                    throw new QueryException("object keys must be strings, received: " + GoDisplay.type(n.literalValue()));
                }
                key = s;
            } else if (key instanceof Node) {
                dynamic = true;
            }
            if (!e.value.isLiteral()) {
                dynamic = true;
            }
            norm[i] = new Entry(key, e.value);
        }
        if (dynamic) {
            return new ObjectNode(List.of(norm));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (Entry e : norm) {
            Object v = e.value.literalValue();
            if (v != Deleted.INSTANCE && v != Nothing.INSTANCE) {
                m.put((String) e.key, v);
            }
        }
        return new Literal(m, "object literal");
    }

    @Override
    public Object exec(ExecContext ctx) {
        Map<String, Object> out = new LinkedHashMap<>(Math.max(4, entries.length * 2));
        for (Entry e : entries) {
            String key;
            if (e.key instanceof String s) {
                key = s;
            } else {
                Object k;
                try {
                    k = ((Node) e.key).exec(ctx);
                } catch (QueryException ex) {
                    throw ex.prefixed("failed to resolve key");
                }
                if (k instanceof String s) {
                    key = s;
                } else if (k instanceof byte[] b) {
                    key = GoUtf8.string(b);
                } else {
                    throw new QueryException("mapping returned invalid key type: " + GoDisplay.type(k));
                }
            }
            Object v;
            try {
                v = e.value.exec(ctx);
            } catch (QueryException ex) {
                throw ex.prefixed("failed to resolve '" + key + "' value");
            }
            if (v != Deleted.INSTANCE && v != Nothing.INSTANCE) {
                out.put(key, v);
            }
        }
        return out;
    }

    /** The map is new on every call; only its values may be shared with the input. */
    @Override
    public Object assignable(Object v) {
        return Values.deepCopyElements(v);
    }

    @Override
    public String annotation() {
        return "object literal";
    }
}
