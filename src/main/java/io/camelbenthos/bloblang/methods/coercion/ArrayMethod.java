package io.camelbenthos.bloblang.methods.coercion;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.util.ArrayList;
import java.util.List;

/** {@code array()}: the target wrapped in an array, unless it already is one. */
public final class ArrayMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("array")
                .category("Type Coercion")
                .description("Converts a value to an array")
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            if (target instanceof List<?>) {
                return target;
            }
            List<Object> out = new ArrayList<>(1);
            out.add(target);
            return out;
        };
    }
}
