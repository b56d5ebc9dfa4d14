package io.camelbenthos.bloblang.methods.regexp;

import io.camelbenthos.bloblang.go.GoRegexp;
import io.camelbenthos.bloblang.go.GoUtf8;
import java.util.ArrayList;
import java.util.List;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code re_find_all_submatch(pattern)}: Go {@code FindAllStringSubmatch(s, -1)}; unmatched groups are {@code ""}. */
public final class ReFindAllSubmatchMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("re_find_all_submatch").category(Patterns.CATEGORY).pure()
                .description("Finds all regex matches with capture groups").param(Patterns.PATTERN).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        GoRegexp re = Patterns.compile(args);
        return Patterns.findAll(re, (b, g) -> {
            List<Object> row = new ArrayList<>(g.length / 2);
            for (int i = 0; i < g.length; i += 2) {
                row.add(g[i] < 0 ? "" : GoUtf8.string(b, g[i], g[i + 1]));
            }
            return row;
        });
    }
}
