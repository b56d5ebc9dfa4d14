package io.camelbenthos.bloblang.functions;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.message.Message;

/** {@code content()}: Returns the full raw contents of the mapping target message as a byte array. */
public final class ContentFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("content").category("Message Info")
                .description("Returns the full raw contents of the mapping target message as a byte array.").build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        // Go: an index outside the batch reads an empty part
        return ctx -> {
            Message m = ctx.message();
            return m == null ? new byte[0] : m.content().clone();
        };
    }
}
