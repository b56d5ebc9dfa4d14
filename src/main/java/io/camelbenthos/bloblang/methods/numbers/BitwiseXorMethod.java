package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code bitwise_xor(value)}: bitwise XOR of the target (as int64) and an integer. */
public final class BitwiseXorMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("bitwise_xor").category(NumberTarget.CATEGORY).pure()
                .description("Performs a bitwise XOR (exclusive OR) operation between the integer and the specified value.")
                .param(ParamSpec.int64("value", "The value to XOR with")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        long value = args.int64("value");
        return (target, ctx) -> Values.getInt(target) ^ value;
    }
}
