package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.NewContainerResult;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;
import io.camelbenthos.bloblang.value.Deleted;
import io.camelbenthos.bloblang.value.Nothing;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code map_each(query)}: maps array elements, or object entries ({@code this} is {@code {"key","value"}}). A
 * deleted result drops the element, nothing keeps the original. Element failures read {@code failed to process
 * element N: ...} without the target's annotation (Go adds it only to the type error), hence a target method.
 */
public final class MapEachMethod implements TargetMethodPlugin, NewContainerResult {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("map_each").category("Object & Array Manipulation")
                .description("Apply a mapping to each element of an array or object.")
                .param(ParamSpec.query("query", "A query that will be used to map each element.", false))
                .build();
    }

    @Override
    public FunctionImpl bind(Query target, Args args) {
        Query q = args.query("query");
        return ctx -> {
            Object v = target.eval(ctx);
            if (v instanceof List<?> l) {
                List<Object> out = new ArrayList<>(l.size());
                for (int i = 0; i < l.size(); i++) {
                    Object e = l.get(i);
                    Object r;
                    try {
                        r = q.evalWith(ctx, e);
                    } catch (QueryException ex) {
                        throw ex.from(q.annotation()).prefixed("failed to process element " + i);
                    }
                    if (r == Nothing.INSTANCE) {
                        out.add(e);
                    } else if (r != Deleted.INSTANCE) {
                        out.add(r);
                    }
                }
                return out;
            }
            if (v instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>(Math.max(4, m.size() * 2));
                for (Map.Entry<String, Object> en : Values.asObject(m).entrySet()) {
                    Map<String, Object> kv = new LinkedHashMap<>(4);
                    kv.put("key", en.getKey());
                    kv.put("value", en.getValue());
                    Object r;
                    try {
                        r = q.evalWith(ctx, kv);
                    } catch (QueryException ex) {
                        throw ex.from(q.annotation()).prefixed("failed to process element " + en.getKey());
                    }
                    if (r == Nothing.INSTANCE) {
                        out.put(en.getKey(), en.getValue());
                    } else if (r != Deleted.INSTANCE) {
                        out.put(en.getKey(), r);
                    }
                }
                return out;
            }
            throw Errors.typeError(v, ValueType.OBJECT, ValueType.ARRAY).from(target.annotation());
        };
    }
}
