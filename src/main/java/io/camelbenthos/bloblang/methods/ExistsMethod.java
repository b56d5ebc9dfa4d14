package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.exec.PathWalker;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code exists(path)}: whether a dot path exists in the target (a null value counts as existing). */
public final class ExistsMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("exists").category("Object & Array Manipulation").pure()
                .description("Checks that a field, identified via a dot path, exists in an object.")
                .param(ParamSpec.string("path", "A dot path to a field."))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String[] path = PathWalker.parseDotPath(args.string("path"));
        return (v, ctx) -> PathWalker.exists(v, path);
    }
}
