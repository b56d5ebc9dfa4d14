package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code float64()}: any number as float64; strings parsed with Go {@code strconv.ParseFloat(s, 64)}. */
public final class Float64Method implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("float64").category("Number Manipulation").pure()
                .description("\nConverts a numerical type into a 64-bit floating point number, this is for advanced "
                        + "use cases where a specific data type is needed for a given component (such as the ClickHouse "
                        + "SQL driver).\n\nIf the value is a string then an attempt will be made to parse it as a 64-bit "
                        + "floating point number. Please refer to the https://pkg.go.dev/strconv#ParseFloat["
                        + "`strconv.ParseFloat` documentation] for details regarding the supported formats.")
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> NumberCasts.toFloat64(target);
    }
}
