package io.camelbenthos.bloblang.functions;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;
import io.camelbenthos.bloblang.value.Nothing;

/** {@code nothing()}: A function that returns a result indicating that the assignment should be skipped. */
public final class NothingFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("nothing").category("General").status(Status.HIDDEN).pure()
                .description("A function that returns a result indicating that the assignment should be skipped.").build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> Nothing.INSTANCE;
    }
}
