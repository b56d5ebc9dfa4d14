package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;
import io.camelbenthos.bloblang.value.Values;
import java.util.List;

/** {@code find(value)}: index of the first element equal to the value (numbers by value), or -1. */
public final class FindMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("find")
                .category("Object & Array Manipulation")
                .status(Status.BETA)
                .description("Searches an array for a matching value and returns the index of the first occurrence. Returns -1 if no match is found. Numeric types are compared by value regardless of representation.")
                .param(ParamSpec.any("value", "A value to find."))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        Object value = args.get("value");
        return (target, ctx) -> {
            List<Object> first = MatchingIndexes.of(target, true, (i, element) -> Values.equal(value, element));
            return first.isEmpty() ? -1L : first.get(0);
        };
    }
}
