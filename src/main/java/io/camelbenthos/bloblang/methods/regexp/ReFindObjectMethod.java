package io.camelbenthos.bloblang.methods.regexp;

import io.camelbenthos.bloblang.go.GoRegexp;
import java.util.LinkedHashMap;
import java.util.List;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/**
 * {@code re_find_object(pattern)}: the first match as an object keyed by group name (or index when unnamed, {@code "0"}
 * for the whole match); {@code {}} when nothing matches.
 */
public final class ReFindObjectMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("re_find_object").category(Patterns.CATEGORY).pure()
                .description("Finds the first regex match as an object with named groups").param(Patterns.PATTERN)
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        GoRegexp re = Patterns.compile(args);
        List<String> keys = Patterns.groupKeys(re);
        return (target, ctx) -> {
            byte[] b = Patterns.targetBytes(target);
            int[] g = re.findSubmatchIndex(b);
            if (g == null) {
                return new LinkedHashMap<String, Object>();
            }
            return Patterns.matchObject(keys, b, g, target instanceof byte[]);
        };
    }
}
