package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.value.ValueType;

/**
 * How Benthos's string methods read their target (Go {@code stringMethod} and the {@code switch v.(type)} in each
 * method): a string, or bytes read as a string; anything else, timestamps included, is
 * {@code expected string value, got ...}.
 */
public final class StringTarget {
    private StringTarget() {
    }

    /** The target as text: strings as is, bytes as Go's {@code string(b)} (invalid bytes kept raw, see GoUtf8). */
    public static String text(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof byte[] b) {
            return GoUtf8.string(b);
        }
        throw Errors.typeError(v, ValueType.STRING);
    }

    /** The target as bytes: bytes as is, strings encoded as UTF-8. */
    public static byte[] bytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        if (v instanceof String s) {
            return GoUtf8.encode(s);
        }
        throw Errors.typeError(v, ValueType.STRING);
    }
}
