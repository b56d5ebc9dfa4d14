package io.camelbenthos.bloblang.methods.regexp;

import io.camelbenthos.bloblang.go.GoRegexp;
import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code re_find_all(pattern)}: Go {@code FindAllString(s, -1)}; always strings. */
public final class ReFindAllMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("re_find_all").category(Patterns.CATEGORY).pure()
                .description("Finds all matches of a regular expression in a string").param(Patterns.PATTERN).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        GoRegexp re = Patterns.compile(args);
        return Patterns.findAll(re, (b, g) -> GoUtf8.string(b, g[0], g[1]));
    }
}
