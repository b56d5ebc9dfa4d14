package io.camelbenthos.bloblang.methods.regexp;

import io.camelbenthos.bloblang.go.GoRegexp;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code re_match(pattern)}: whether the pattern matches anywhere in the target. */
public final class ReMatchMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("re_match").category(Patterns.CATEGORY).pure()
                .description("Tests if a string matches a regular expression").param(Patterns.PATTERN).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        GoRegexp re = Patterns.compile(args);
        return (target, ctx) -> re.match(Patterns.targetBytes(target));
    }
}
