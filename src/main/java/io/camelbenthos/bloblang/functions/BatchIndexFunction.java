package io.camelbenthos.bloblang.functions;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code batch_index()}: Returns the index of the mapped message within a batch. */
public final class BatchIndexFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("batch_index").category("Message Info")
                .description("Returns the index of the mapped message within a batch.").build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> (long) ctx.index();
    }
}
