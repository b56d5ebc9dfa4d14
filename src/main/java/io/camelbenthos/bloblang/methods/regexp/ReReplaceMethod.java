package io.camelbenthos.bloblang.methods.regexp;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code re_replace(pattern, value)}: the older name of {@code re_replace_all}. */
public final class ReReplaceMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("re_replace").category(Patterns.CATEGORY).pure()
                .description("Replaces all regex matches with a replacement string that can reference capture groups "
                        + "using `$1`, `$2`, etc. Use for pattern-based transformations or data reformatting.")
                .param(Patterns.PATTERN).param(ParamSpec.string("value", "The value to replace with.")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return ReReplaceAllMethod.bindReplace(args);
    }
}
