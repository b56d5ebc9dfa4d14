package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code any(test)}: whether at least one element of an array satisfies the test; false for an empty array. */
public final class AnyMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("any")
                .category("Object & Array Manipulation")
                .description("Tests whether at least one element in an array satisfies a condition. Returns true if the query evaluates to true for any element. Returns false for empty arrays.")
                .param(ParamSpec.query("test", "A test query to apply to each element.", false))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return ArrayQuantifier.quantifier(args.query("test"), true);
    }
}
