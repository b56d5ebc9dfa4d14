package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code all(test)}: whether every element of an array satisfies the test; false for an empty array. */
public final class AllMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("all")
                .category("Object & Array Manipulation")
                .description("Tests whether all elements in an array satisfy a condition. Returns true only if the query evaluates to true for every element. Returns false for empty arrays.")
                .param(ParamSpec.query("test", "A test query to apply to each element.", false))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return ArrayQuantifier.quantifier(args.query("test"), false);
    }
}
