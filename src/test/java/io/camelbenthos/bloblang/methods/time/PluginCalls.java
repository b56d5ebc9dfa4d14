package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls a method plugin the way the engine does: positional arguments, the declared defaults filled in for the
 * rest, bind once, then apply to a target.
 */
final class PluginCalls {
    private PluginCalls() {
    }

    static Args args(PluginSpec spec, Object... positional) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < spec.params().size(); i++) {
            ParamSpec p = spec.params().get(i);
            values.add(i < positional.length ? positional[i] : p.hasDefault() ? p.defaultValue() : null);
        }
        return Args.of(spec, values);
    }

    static Object call(MethodPlugin plugin, Object target, Object... positional) {
        return plugin.bind(args(plugin.spec(), positional)).apply(target, null);
    }
}
