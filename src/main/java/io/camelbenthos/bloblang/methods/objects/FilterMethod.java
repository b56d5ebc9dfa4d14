package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.NewContainerResult;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code filter(test)}: the elements (or, for objects, the entries seen as {@code {"key","value"}}) for which
 * the test is boolean {@code true}. */
public final class FilterMethod implements MethodPlugin, NewContainerResult {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("filter")
                .category("Object & Array Manipulation")
                .description("Filters array or object elements based on a condition")
                .param(ParamSpec.query("test", "A query to apply to each element, if this query resolves to any value other than a boolean `true` the element will be removed from the result.", false))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        Query test = args.query("test");
        return (target, ctx) -> {
            if (target instanceof List<?> arr) {
                List<Object> out = new ArrayList<>();
                for (Object v : arr) {
                    if (Boolean.TRUE.equals(test.evalWith(ctx, v))) {
                        out.add(v);
                    }
                }
                return out;
            }
            if (target instanceof Map<?, ?> obj) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : obj.entrySet()) {
                    Map<String, Object> kv = new LinkedHashMap<>();
                    kv.put("key", e.getKey());
                    kv.put("value", e.getValue());
                    if (Boolean.TRUE.equals(test.evalWith(ctx, kv))) {
                        out.put((String) e.getKey(), e.getValue());
                    }
                }
                return out;
            }
            throw Errors.typeError(target, ValueType.ARRAY, ValueType.OBJECT);
        };
    }
}
