package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;

/** {@code apply(name)}: runs the named {@code map} with {@code this} bound to the target (fresh variables). */
public final class ApplyMethod implements TargetMethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("apply").category("General")
                .description("Apply a declared mapping to a target value.")
                .param(ParamSpec.string("mapping", "The mapping to apply."))
                .build();
    }

    @Override
    public FunctionImpl bind(Query target, Args args) {
        String name = args.string("mapping");
        return ctx -> ctx.applyMap(name, target.eval(ctx));
    }
}
