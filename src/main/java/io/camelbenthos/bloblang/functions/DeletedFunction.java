package io.camelbenthos.bloblang.functions;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.Deleted;

/** {@code deleted()}: A function that returns a result indicating that the mapping target should be deleted. */
public final class DeletedFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("deleted").category("General").pure()
                .description("A function that returns a result indicating that the mapping target should be deleted.").build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> Deleted.INSTANCE;
    }
}
