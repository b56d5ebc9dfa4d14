package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;

/** {@code catch(fallback)}: when the target fails, the fallback with {@code this} bound to the error text. */
public final class CatchMethod implements TargetMethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("catch").category("General")
                .description("If the result of a target query fails (due to incorrect types, failed parsing, etc) the argument is returned instead.")
                .param(ParamSpec.query("fallback", "A value to yield, or query to execute, if the target query fails.", true))
                .build();
    }

    @Override
    public FunctionImpl bind(Query target, Args args) {
        Query fallback = args.query("fallback");
        return ctx -> {
            try {
                return target.eval(ctx);
            } catch (QueryException e) {
                return fallback.evalWith(ctx, e.getMessage());
            }
        };
    }
}
