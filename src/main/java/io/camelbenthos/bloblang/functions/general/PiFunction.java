package io.camelbenthos.bloblang.functions.general;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code pi()}: the constant Pi as a float64. */
public final class PiFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("pi")
                .category("General")
                .description("Returns the value of the mathematical constant Pi.")
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> Math.PI;
    }
}
