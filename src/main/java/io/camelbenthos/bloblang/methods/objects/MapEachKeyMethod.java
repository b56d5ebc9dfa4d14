package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.value.Nothing;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code map_each_key(query)}: renames every key with the query; a query that yields nothing keeps
 * the key. */
public final class MapEachKeyMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("map_each_key")
                .category("Object & Array Manipulation")
                .description("Transforms object keys using a mapping query")
                .param(ParamSpec.query("query", "A query that will be used to map each key.", false))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        Query query = args.query("query");
        return (target, ctx) -> {
            if (!(target instanceof Map<?, ?> obj)) {
                throw Errors.typeError(target, ValueType.OBJECT);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : obj.entrySet()) {
                Object key = query.evalWith(ctx, e.getKey());
                if (key == Nothing.INSTANCE) {
                    out.put((String) e.getKey(), e.getValue());
                } else if (key instanceof String s) {
                    out.put(s, e.getValue());
                } else {
                    throw Errors.typeError(key, ValueType.STRING).prefixed("unexpected result from key mapping");
                }
            }
            return out;
        };
    }
}
