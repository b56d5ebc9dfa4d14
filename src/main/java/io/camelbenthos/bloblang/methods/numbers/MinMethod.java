package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code min()}: the smallest number of a non-empty array, as a float64. */
public final class MinMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("min").category(NumberTarget.CATEGORY).pure()
                .description("Returns the smallest number from an array. All elements must be numbers and the array cannot "
                        + "be empty.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return ArrayExtreme.extreme(false);
    }
}
