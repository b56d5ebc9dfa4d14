package io.camelbenthos.bloblang.functions;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.message.Message;

/** {@code error()}: If an error has occurred during the processing of a message this function returns the reported cause of the error as a string, otherwise null. */
public final class ErrorFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("error").category("Message Info")
                .description("If an error has occurred during the processing of a message this function returns the reported cause of the error as a string, otherwise null.").build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> {
            Message m = ctx.message();
            Throwable e = m == null ? null : m.error();
            return e == null ? null : String.valueOf(e.getMessage());
        };
    }
}
