package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/**
 * {@code slice(low, high)}: Go slicing of strings (by UTF-8 byte offsets, so a cut may split a rune), bytes and
 * arrays; negative bounds count from the end and are clamped.
 */
public final class SliceMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("slice").category("String Manipulation").category("Object & Array Manipulation")
                .pure().description("Extracts a portion of an array or string")
                .param(ParamSpec.int64("low", "The low bound, which is the first element of the selection, or if "
                        + "negative selects from the end."))
                .param(ParamSpec.int64("high", "An optional high bound.").optional()).build();
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
                byte[] b = GoUtf8.encode(s);
                long[] r = bounds(low, high, b.length);
                return GoUtf8.string(b, (int) r[0], (int) r[1]);
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

    private static long[] bounds(long start, Long end, long length) {
        long endV = length;
        if (end != null) {
            endV = end < 0 ? length + end : end;
        }
        endV = Math.max(0, Math.min(endV, length));
        long startV = start;
        if (startV < 0) {
            startV = Math.max(0, length + startV);
        }
        if (startV > endV) {
            throw Errors.failure("lower slice bound " + startV + " must be lower than or equal to upper bound ("
                    + endV + ") and target length (" + length + ")");
        }
        return new long[] {startV, endV};
    }
}
