package io.camelbenthos.bloblang.methods.strings;

import java.util.ArrayList;
import java.util.List;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code filepath_split()}: Go {@code filepath.Split}, as {@code [dir, file]}. */
public final class FilepathSplitMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("filepath_split").category("String Manipulation").pure()
                .description("Splits a filepath into directory and filename components").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            String[] parts = GoPaths.split(StringTarget.text(target));
            List<Object> out = new ArrayList<>(2);
            out.add(parts[0]);
            out.add(parts[1]);
            return out;
        };
    }
}
