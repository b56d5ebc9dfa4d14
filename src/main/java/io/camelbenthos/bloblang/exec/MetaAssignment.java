package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.Deleted;
import io.camelbenthos.bloblang.value.Nothing;
import io.camelbenthos.bloblang.value.Values;
import java.util.Map;

/** {@code meta k = ...} and {@code meta = ...} (Go {@code MetaAssignment}). */
public final class MetaAssignment extends Statement {
    /** Null for {@code meta = ...} (all metadata). */
    private final String key;
    private final Node query;

    public MetaAssignment(int line, String key, Node query) {
        super(line);
        this.key = key;
        this.query = query;
    }

    @Override
    void execute(ExecContext ctx) {
        Object v = query.exec(ctx);
        if (v == Nothing.INSTANCE) {
            return;
        }
        Map<String, Object> meta = ctx.state.meta;
        if (meta == null) {
            throw new QueryException("unable to assign metadata in the current context");
        }
        boolean deleted = v == Deleted.INSTANCE;
        if (!deleted) {
            v = query.assignable(v);
        }
        if (key == null) {
            if (deleted) {
                meta.clear();
            } else if (v instanceof Map<?, ?> m) {
                meta.clear();
                meta.putAll(Values.asObject(m));
            } else {
                throw new QueryException("setting root meta object requires object value, received: " + GoDisplay.type(v));
            }
            return;
        }
        if (deleted) {
            meta.remove(key);
        } else {
            meta.put(key, v);
        }
    }
}
