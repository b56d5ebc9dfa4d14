package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.List;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code min()}: the smallest number of a non-empty array, as a float64. */
public final class MinMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("min").category(NumberTarget.CATEGORY).pure()
                .description("Returns the smallest number from an array. All elements must be numbers and the array cannot "
                        + "be empty.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            if (!(target instanceof List<?> arr)) {
                throw Errors.typeError(target, ValueType.ARRAY);
            }
            if (arr.isEmpty()) {
                throw Errors.failure("the array was empty");
            }
            double best = 0;
            for (int i = 0; i < arr.size(); i++) {
                double f;
                try {
                    f = Values.getNumber(arr.get(i));
                } catch (QueryException e) {
                    throw Errors.failure("index " + i + " of array: " + e.getMessage());
                }
                if (i == 0 || f < best) {
                    best = f;
                }
            }
            return best;
        };
    }
}
