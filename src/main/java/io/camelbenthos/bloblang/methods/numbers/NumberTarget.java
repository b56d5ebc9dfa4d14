package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.value.UInt64;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.function.DoubleFunction;

/** Go's {@code numberMethod} shape: the sanitised target is a float64, an int64 or a uint64, else expected number. */
final class NumberTarget {
    static final String CATEGORY = "Number Manipulation";

    private NumberTarget() {
    }

    /** Sanitised target: Long, Double or UInt64. */
    static Object sanitized(Object v) {
        Object s = Values.sanitize(v);
        if (s instanceof Long || s instanceof Double || s instanceof UInt64) {
            return s;
        }
        throw Errors.typeError(v, ValueType.NUMBER);
    }

    /** A rounding method: integers pass through, floats are rounded and become int64 when whole and in range. */
    static Object rounded(Object v, DoubleFunction<Double> op) {
        Object s = sanitized(v);
        if (s instanceof Double d) {
            double r = op.apply(d);
            if (!Double.isNaN(r) && !Double.isInfinite(r) && r <= 9.223372036854775807E18
                    && r >= -9.223372036854775808E18 && r == Math.rint(r)) {
                return (long) r;
            }
            return r;
        }
        return s;
    }

    /** The sanitised target as float64 ({@code float64(*i)} / {@code float64(*ui)} in Go). */
    static double asFloat(Object v) {
        Object s = sanitized(v);
        if (s instanceof Double d) {
            return d;
        }
        if (s instanceof UInt64 u) {
            return Values.unsignedToDouble(u.value());
        }
        return (Long) s;
    }
}
