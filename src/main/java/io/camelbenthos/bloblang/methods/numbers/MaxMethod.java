package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code max()}: the largest number of a non-empty array, as a float64. */
public final class MaxMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("max").category(NumberTarget.CATEGORY).pure()
                .description("Returns the largest number from an array. All elements must be numbers and the array cannot "
                        + "be empty.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return ArrayExtreme.extreme(true);
    }
}
