package io.camelbenthos.bloblang.functions;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code batch_size()}: Returns the size of the message batch. */
public final class BatchSizeFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("batch_size").category("Message Info")
                .description("Returns the size of the message batch.").build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> (long) ctx.batch().size();
    }
}
