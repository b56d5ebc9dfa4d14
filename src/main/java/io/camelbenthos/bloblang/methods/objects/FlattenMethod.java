package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.ArrayList;
import java.util.List;

/** {@code flatten()}: nested arrays expanded into the parent array, one level deep. */
public final class FlattenMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("flatten")
                .category("Object & Array Manipulation")
                .description("Flattens an array by one level, expanding nested arrays into the parent array. Only the first level of nesting is removed.")
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
            for (Object child : arr) {
                if (child instanceof List<?> l) {
                    out.addAll(l);
                } else {
                    out.add(child);
                }
            }
            return out;
        };
    }
}
