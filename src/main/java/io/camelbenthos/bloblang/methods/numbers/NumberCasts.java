package io.camelbenthos.bloblang.methods.numbers;

import io.camelbenthos.bloblang.go.GoNumError;
import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.value.JsonNumber;
import io.camelbenthos.bloblang.value.UInt64;
import io.camelbenthos.bloblang.value.ValueType;

/**
 * Benthos's checked numeric conversions ({@code value.IToInt}, {@code IToUint}, {@code IToFloat64},
 * {@code IToFloat32} and the narrower variants) with their exact error texts. Strings are parsed with Go
 * {@code strconv} and base prefixes ({@code "0xDEAD"}).
 */
final class NumberCasts {
    private static final double TWO_63 = 9.223372036854775807E18;
    private static final double TWO_64 = 1.8446744073709551615E19;

    private NumberCasts() {
    }

    static long toInt64(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof UInt64 u) {
            if (u.value() < 0) {
                throw Errors.failure("unsigned integer value is too large to be cast as a signed integer");
            }
            return u.value();
        }
        if (v instanceof Float f) {
            return floatToInt64(f);
        }
        if (v instanceof Double d) {
            return floatToInt64(d);
        }
        if (v instanceof JsonNumber n) {
            // a decoded integer already holds its int64: isInt64 means ParseInt(text, 10, 64) succeeds
            return n.isInt64() ? n.int64() : parse(() -> GoStrconv.parseInt(n.text(), 10, 64));
        }
        if (v instanceof String s) {
            return parse(() -> GoStrconv.parseInt(s, 0, 64));
        }
        if (v instanceof byte[] b) {
            return parse(() -> GoStrconv.parseInt(GoUtf8.string(b), 0, 64));
        }
        throw Errors.typeError(v, ValueType.NUMBER);
    }

    private static long floatToInt64(double t) {
        if (Double.isInfinite(t)) {
            throw Errors.failure("cannot convert +/-INF to an integer");
        }
        if (Double.isNaN(t)) {
            throw Errors.failure("cannot convert NAN to an integer");
        }
        if (t > TWO_63) {
            throw Errors.failure("float value is too large to be cast as a signed integer");
        }
        if (t < -TWO_63) {
            throw Errors.failure("float value is too small to be cast as a signed integer");
        }
        if (t - (double) (long) t != 0) {
            throw Errors.failure("float value contains decimals and therefore cannot be cast as a signed integer, "
                    + "if you intend to round the value then call `.round()` explicitly before this cast");
        }
        return (long) t;
    }

    /** The unsigned value's bits. */
    static long toUint64(Object v) {
        if (v instanceof UInt64 u) {
            return u.value();
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            long l = ((Number) v).longValue();
            if (l < 0) {
                throw negativeSigned();
            }
            return l;
        }
        if (v instanceof Float f) {
            return floatToUint64(f);
        }
        if (v instanceof Double d) {
            return floatToUint64(d);
        }
        if (v instanceof JsonNumber n) {
            long l = n.isInt64() ? n.int64() : parse(() -> GoStrconv.parseInt(n.text(), 10, 64));
            if (l < 0) {
                throw negativeSigned();
            }
            return l;
        }
        if (v instanceof String s) {
            return parse(() -> GoStrconv.parseUint(s, 0, 64));
        }
        if (v instanceof byte[] b) {
            return parse(() -> GoStrconv.parseUint(GoUtf8.string(b), 0, 64));
        }
        throw Errors.typeError(v, ValueType.NUMBER);
    }

    private static RuntimeException negativeSigned() {
        return Errors.failure("signed integer value is negative and cannot be cast as an unsigned integer");
    }

    private static long floatToUint64(double t) {
        if (t < 0) {
            throw Errors.failure("float value is negative and cannot be cast as an unsigned integer");
        }
        if (Double.isInfinite(t)) {
            throw Errors.failure("cannot convert +/-INF to an unsigned integer");
        }
        if (Double.isNaN(t)) {
            throw Errors.failure("cannot convert NAN to an unsigned integer");
        }
        if (t > TWO_64) {
            throw Errors.failure("float value is too large to be cast as an unsigned integer");
        }
        long bits = t >= TWO_63 ? (long) (t - TWO_63) + Long.MIN_VALUE : (long) t;
        double back = bits < 0 ? (double) (bits & Long.MAX_VALUE) + TWO_63 : (double) bits;
        if (t - back != 0) {
            throw Errors.failure("float value contains decimals and therefore cannot be cast as an unsigned integer, "
                    + "if you intend to round the value then call `.round()` explicitly before this cast");
        }
        return bits;
    }

    static double toFloat64(Object v) {
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof UInt64 u) {
            return io.camelbenthos.bloblang.value.Values.unsignedToDouble(u.value());
        }
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Float f) {
            return f;
        }
        if (v instanceof JsonNumber n) {
            return parseF(() -> GoStrconv.parseFloat(n.text(), 64));
        }
        if (v instanceof String s) {
            return parseF(() -> GoStrconv.parseFloat(s, 64));
        }
        if (v instanceof byte[] b) {
            return parseF(() -> GoStrconv.parseFloat(GoUtf8.string(b), 64));
        }
        throw Errors.typeError(v, ValueType.NUMBER);
    }

    static float toFloat32(Object v) {
        if (v instanceof Float f) {
            return f;
        }
        if (v instanceof JsonNumber n) {
            return (float) parseF(() -> GoStrconv.parseFloat(n.text(), 32));
        }
        if (v instanceof String s) {
            return (float) parseF(() -> GoStrconv.parseFloat(s, 32));
        }
        if (v instanceof byte[] b) {
            return (float) parseF(() -> GoStrconv.parseFloat(GoUtf8.string(b), 32));
        }
        return (float) toFloat64(v);
    }

    @FunctionalInterface
    private interface LongParse {
        long get();
    }

    @FunctionalInterface
    private interface DoubleParse {
        double get();
    }

    private static long parse(LongParse p) {
        try {
            return p.get();
        } catch (GoNumError e) {
            throw Errors.failure(e.getMessage());
        }
    }

    private static double parseF(DoubleParse p) {
        try {
            return p.get();
        } catch (GoNumError e) {
            throw Errors.failure(e.getMessage());
        }
    }

    /** Checks {@code min <= v <= max}, with Benthos's wording ({@code a 32-bit} / {@code an 8-bit}). */
    static long signedRange(long v, int bits) {
        long max = (1L << (bits - 1)) - 1;
        String article = bits == 8 ? "an" : "a";
        if (v > max) {
            throw Errors.failure("value is too large to be cast as " + article + " " + bits + "-bit signed integer");
        }
        if (v < -max - 1) {
            throw Errors.failure("value is too small to be cast as " + article + " " + bits + "-bit signed integer");
        }
        return v;
    }

    static long unsignedRange(long v, int bits) {
        if (Long.compareUnsigned(v, (1L << bits) - 1) > 0) {
            throw Errors.failure("value is too large to be cast as " + (bits == 8 ? "an" : "a") + " " + bits
                    + "-bit unsigned integer");
        }
        return v;
    }
}
