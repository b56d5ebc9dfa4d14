package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;
import java.util.ArrayList;
import java.util.List;

/** {@code from_all()}: the target evaluated from the perspective of every message of the batch, as an array. */
public final class FromAllMethod implements TargetMethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("from_all").category("General")
                .description("Modifies a target query such that certain functions are executed from the perspective of each message in the batch, and returns the set of results as an array.")
                .build();
    }

    @Override
    public FunctionImpl bind(Query target, Args args) {
        return ctx -> {
            int size = ctx.batch().size();
            List<Object> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(target.eval(ctx.forMessage(i)));
            }
            return out;
        };
    }
}
