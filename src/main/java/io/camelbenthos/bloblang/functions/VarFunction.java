package io.camelbenthos.bloblang.functions;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.CallContext;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;

/**
 * {@code var(name)}: the {@code let} variable {@code name}, like {@code $name} but with a name that may be computed.
 * Hidden upstream (callable, left out of the docs).
 */
public final class VarFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("var").status(Status.HIDDEN)
                .param(ParamSpec.string("name", "The name of the target variable."))
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return new Read(args.string("name"));
    }

    /** Named like {@code $name} in error texts, as upstream builds both from the same variable function. */
    private record Read(String name) implements FunctionImpl {
        @Override
        public Object call(CallContext ctx) {
            return ctx.variable(name);
        }

        @Override
        public String annotation() {
            return "variable " + name;
        }
    }
}
