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

/** {@code enumerated()}: each element as {@code {"index": i, "value": v}}. */
public final class EnumeratedMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("enumerated")
                .category("Object & Array Manipulation")
                .description("Transforms an array into an array of objects with index and value fields, making it easy to access both the position and content of each element.")
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            if (!(target instanceof List<?> arr)) {
                throw Errors.typeError(target, ValueType.ARRAY);
            }
            List<Object> out = new ArrayList<>(arr.size());
            for (int i = 0; i < arr.size(); i++) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("index", (long) i);
                e.put("value", arr.get(i));
                out.add(e);
            }
            return out;
        };
    }
}
