package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code abs()}: absolute value of an int64 (MinInt64 becomes MaxInt64) or float64; other types are errors. */
public final class AbsMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("abs").category(NumberTarget.CATEGORY).pure()
                .description("Returns the absolute value of an int64 or float64 number. As a special case, when an "
                        + "integer is provided that is the minimum value it is converted to the maximum value.")
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            Object s = Values.sanitize(target);
            if (s instanceof Double d) {
                return Math.abs(d);
            }
            if (s instanceof Long l) {
                return l >= 0 ? l : l == Long.MIN_VALUE ? Long.MAX_VALUE : -l;
            }
            throw Errors.typeError(target, ValueType.NUMBER, ValueType.INTEGER);
        };
    }
}
