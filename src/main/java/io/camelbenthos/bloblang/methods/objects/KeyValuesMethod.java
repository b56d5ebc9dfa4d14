package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code key_values()}: the object as an array of {@code {"key": k, "value": v}} objects. */
public final class KeyValuesMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("key_values")
                .category("Object & Array Manipulation")
                .description("Converts an object into an array of key-value pair objects. Each element has a 'key' field and a 'value' field. Order is not guaranteed unless sorted.")
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            if (!(target instanceof Map<?, ?> obj)) {
                throw Errors.typeError(target, ValueType.OBJECT);
            }
            List<Object> out = new ArrayList<>(obj.size());
            obj.forEach((k, v) -> {
                Map<String, Object> kv = new LinkedHashMap<>();
                kv.put("key", k);
                kv.put("value", v);
                out.add(kv);
            });
            return out;
        };
    }
}
