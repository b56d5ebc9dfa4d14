package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.go.GoFmt;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.Values;

/** {@code format(args...)}: Go {@code fmt.Sprintf} with the target as the format string. */
public final class FormatMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("format").category("String Manipulation").variadic().pure()
                .description("Use a value string as a format specifier in order to produce a new string, using any number of provided arguments.")
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        java.util.List<Object> values = args.all();
        return (v, ctx) -> GoFmt.sprintf(Values.getString(v), values);
    }
}
