package io.camelbenthos.bloblang.functions;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.message.Message;

/** {@code errored()}: Returns a boolean value indicating whether an error has occurred during the processing of a message. */
public final class ErroredFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("errored").category("Message Info")
                .description("Returns a boolean value indicating whether an error has occurred during the processing of a message.").build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> {
            Message m = ctx.message();
            return m != null && m.errored();
        };
    }
}
