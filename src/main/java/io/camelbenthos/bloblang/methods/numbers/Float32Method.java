package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code float32()}: any number as a Go float32 ({@link Float}); strings parsed with {@code ParseFloat(s, 32)}. */
public final class Float32Method implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("float32").category("Number Manipulation").pure()
                .description("\nConverts a numerical type into a 32-bit floating point number, this is for advanced "
                        + "use cases where a specific data type is needed for a given component (such as the ClickHouse "
                        + "SQL driver).\n\nIf the value is a string then an attempt will be made to parse it as a 32-bit "
                        + "floating point number. Please refer to the https://pkg.go.dev/strconv#ParseFloat["
                        + "`strconv.ParseFloat` documentation] for details regarding the supported formats.")
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> NumberCasts.toFloat32(target);
    }
}
