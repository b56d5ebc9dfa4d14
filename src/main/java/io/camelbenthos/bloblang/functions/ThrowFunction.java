package io.camelbenthos.bloblang.functions;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code throw(why)}: fails the mapping with a custom message. */
public final class ThrowFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("throw").category("General")
                .description("Throws an error similar to a regular mapping error.")
                .param(ParamSpec.string("why", "A string explanation for why an error was thrown, this will be added to the resulting error message."))
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        String why = args.string("why");
        return ctx -> {
            throw Errors.failure(why);
        };
    }
}
