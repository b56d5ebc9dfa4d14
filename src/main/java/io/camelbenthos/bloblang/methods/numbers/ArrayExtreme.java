package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.List;

/** The loop {@code max} and {@code min} share: the extreme float64 of a non-empty array of numbers. */
final class ArrayExtreme {
    private ArrayExtreme() {
    }

    /** @param largest {@code true} for the largest element, {@code false} for the smallest */
    static MethodImpl extreme(boolean largest) {
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
                if (i == 0 || (largest ? f > best : f < best)) {
                    best = f;
                }
            }
            return best;
        };
    }
}
