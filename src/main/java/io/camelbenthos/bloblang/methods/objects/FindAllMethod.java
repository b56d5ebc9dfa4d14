package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;
import io.camelbenthos.bloblang.value.Values;

/** {@code find_all(value)}: indexes of every element equal to the value (numbers by value). */
public final class FindAllMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("find_all")
                .category("Object & Array Manipulation")
                .status(Status.BETA)
                .description("Searches an array for all occurrences of a value and returns an array of matching indexes. Returns an empty array if no matches are found. Numeric types are compared by value regardless of representation.")
                .param(ParamSpec.any("value", "A value to find."))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        Object value = args.get("value");
        return (target, ctx) -> MatchingIndexes.of(target, false, (i, element) -> Values.equal(value, element));
    }
}
