package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.value.UInt64;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code uint8()}: checked conversion to a Go uint8 (held as UInt64) (8-bit unsigned integer); strings are parsed with base prefixes. */
public final class Uint8Method implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("uint8").category("Number Manipulation").pure()
                .description("\nConverts a numerical type into a 8-bit unsigned integer, this is for advanced use cases where a specific data type is needed for a given component (such as the ClickHouse SQL driver).\n\nIf the value is a string then an attempt will be made to parse it as a 8-bit unsigned integer. If the target value exceeds the capacity of an integer or contains decimal values then this method will throw an error. In order to convert a floating point number containing decimals first use <<round, `.round()`>> on the value. Please refer to the https://pkg.go.dev/strconv#ParseInt[`strconv.ParseInt` documentation] for details regarding the supported formats.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> new UInt64(NumberCasts.unsignedRange(NumberCasts.toUint64(target), 8));
    }
}
