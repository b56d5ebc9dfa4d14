package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;
import io.camelbenthos.bloblang.value.Values;

/** {@code or(fallback)}: the fallback when the target fails or is null (or delete/nothing). */
public final class OrMethod implements TargetMethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("or").category("General")
                .description("If the result of the target query fails or resolves to `null`, returns the argument instead. This is an explicit method alternative to the coalesce pipe operator `|`.")
                .param(ParamSpec.query("fallback", "A value to yield, or query to execute, if the target query fails or resolves to `null`.", true))
                .build();
    }

    @Override
    public FunctionImpl bind(Query target, Args args) {
        Query fallback = args.query("fallback");
        return ctx -> {
            try {
                Object v = target.eval(ctx);
                if (!Values.isNull(v)) {
                    return v;
                }
            } catch (QueryException e) {
                // use the fallback
            }
            return fallback.eval(ctx);
        };
    }
}
