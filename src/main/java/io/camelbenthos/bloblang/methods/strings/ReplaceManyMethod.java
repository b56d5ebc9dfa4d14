package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code replace_many(values)}: the older name of {@code replace_all_many}. */
public final class ReplaceManyMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("replace_many").category("String Manipulation").pure()
                .description("Performs multiple find-and-replace operations in sequence using an array of "
                        + "`[old, new]` pairs. More efficient than chaining multiple `replace_all` calls. Use for "
                        + "bulk text transformations.")
                .param(ParamSpec.array("values",
                        "An array of values, each even value will be replaced with the following odd value."))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return ReplaceAllManyMethod.bindPairs(args);
    }
}
