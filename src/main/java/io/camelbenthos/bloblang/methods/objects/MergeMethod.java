package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;
import java.util.Arrays;

/** {@code merge(with)}: objects merged deeply, colliding values combined into arrays; arrays
 * concatenated. */
public final class MergeMethod implements TargetMethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("merge")
                .category("Object & Array Manipulation")
                .description("Combines two objects or arrays. When merging objects, conflicting keys create arrays containing both values. Arrays are concatenated. For key override behavior instead, use the assign method.")
                .param(ParamSpec.any("with", "A value to merge the target value with."))
                .pure()
                .build();
    }

    @Override
    public FunctionImpl bind(Query target, Args args) {
        return ObjectMerge.merging(target, args, Gabs::combine);
    }
}
