package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;

/** {@code from(index)}: evaluates the target from the perspective of another message of the batch. */
public final class FromMethod implements TargetMethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("from").category("General")
                .description("Modifies a target query such that certain functions are executed from the perspective of another message in the batch.")
                .param(ParamSpec.int64("index", "The message index to use as a perspective."))
                .build();
    }

    @Override
    public FunctionImpl bind(Query target, Args args) {
        int index = (int) args.int64("index");
        return ctx -> target.eval(ctx.forMessage(index));
    }
}
