package io.camelbenthos.bloblang.methods.general;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;

/** {@code map(query)}: the query evaluated with the target as its context ({@code this}). */
public final class MapMethod implements TargetMethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("map")
                .category("General")
                .description("Executes a query on the target value, allowing you to transform or extract data from the current context.")
                .param(ParamSpec.query("query", "A query to execute on the target.", false))
                .pure()
                .build();
    }

    @Override
    public FunctionImpl bind(Query target, Args args) {
        Query query = args.query("query");
        return ctx -> query.evalWith(ctx, target.eval(ctx));
    }
}
