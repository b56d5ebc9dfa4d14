package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;

/** {@code assign(with)}: objects merged deeply, the argument's values winning
 * on collisions; arrays concatenated. */
public final class AssignMethod implements TargetMethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("assign")
                .category("Object & Array Manipulation")
                .description("Merges two objects or arrays with override behavior. For objects, source values replace destination values on key conflicts. Arrays are concatenated. To preserve both values on conflict, use the merge method instead.")
                .param(ParamSpec.any("with", "A value to merge the target value with."))
                .pure()
                .build();
    }

    @Override
    public FunctionImpl bind(Query target, Args args) {
        return ObjectMerge.merging(target, args, (dest, src) -> src);
    }
}
