package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code replace(old, new)}: the older name of {@code replace_all}. */
public final class ReplaceMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("replace").category("String Manipulation").pure()
                .description("Replaces all occurrences of a substring with another string. Use for text "
                        + "transformation, cleaning data, or normalizing strings.")
                .param(ParamSpec.string("old", "A string to match against."))
                .param(ParamSpec.string("new", "A string to replace with.")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return ReplaceAllMethod.bindReplace(args);
    }
}
