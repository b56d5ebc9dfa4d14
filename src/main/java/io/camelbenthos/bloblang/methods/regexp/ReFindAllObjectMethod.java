package io.camelbenthos.bloblang.methods.regexp;

import io.camelbenthos.bloblang.go.GoRegexp;
import java.util.ArrayList;
import java.util.List;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code re_find_all_object(pattern)}: every match as an object keyed by group name or index. */
public final class ReFindAllObjectMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("re_find_all_object").category(Patterns.CATEGORY).pure()
                .description("Finds all regex matches as objects with named groups").param(Patterns.PATTERN).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        GoRegexp re = Patterns.compile(args);
        List<String> keys = Patterns.groupKeys(re);
        return (target, ctx) -> {
            byte[] b = Patterns.targetBytes(target);
            List<Object> out = new ArrayList<>();
            for (int[] g : re.findAllSubmatchIndex(b, -1)) {
                out.add(Patterns.matchObject(keys, b, g, target instanceof byte[]));
            }
            return out;
        };
    }
}
