package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code slice(low, high)}: a half-open range of a string (by UTF-8 bytes, as Go slices strings), bytes
 * or array; negative bounds count from the end. */
public final class SliceMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("slice")
                .category("String Manipulation")
                .category("Object & Array Manipulation")
                .description("Extracts a portion of an array or string")
                .param(ParamSpec.int64("low", "The low bound, which is the first element of the selection, or if negative selects from the end."))
                .param(ParamSpec.int64("high", "An optional high bound.").optional())
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        long low = args.int64("low");
        Long high = args.optionalInt64("high");
        if (high != null && high > 0 && low >= high) {
            throw Errors.failure("lower slice bound " + low + " must be lower than upper (" + high + ")");
        }
        return (target, ctx) -> {
            if (target instanceof String s) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                long[] r = bounds(low, high, b.length);
                return new String(b, (int) r[0], (int) (r[1] - r[0]), StandardCharsets.UTF_8);
            }
            if (target instanceof byte[] b) {
                long[] r = bounds(low, high, b.length);
                return Arrays.copyOfRange(b, (int) r[0], (int) r[1]);
            }
            if (target instanceof List<?> l) {
                long[] r = bounds(low, high, l.size());
                return new ArrayList<Object>(l.subList((int) r[0], (int) r[1]));
            }
            throw Errors.typeError(target, ValueType.ARRAY, ValueType.STRING);
        };
    }

    /** Benthos's bounds rules: high defaults to and is capped at the length; a negative low counts from the end. */
    private static long[] bounds(long low, Long high, long length) {
        long highV = length;
        if (high != null) {
            highV = high < 0 ? length + high : high;
        }
        if (highV > length) {
            highV = length;
        }
        if (highV < 0) {
            highV = 0;
        }
        long lowV = low;
        if (lowV < 0) {
            lowV = Math.max(0, length + lowV);
        }
        if (lowV > highV) {
            throw Errors.failure("lower slice bound " + lowV + " must be lower than or equal to upper bound (" + highV
                    + ") and target length (" + length + ")");
        }
        return new long[] {lowV, highV};
    }
}
