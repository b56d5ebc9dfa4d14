package io.camelbenthos.bloblang.methods.encoding;

import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.function.Function;

/** How the encoding methods read their target. */
final class BinaryTarget {
    static final String CATEGORY = "Encoding and Encryption";

    private BinaryTarget() {
    }

    /** A string or bytes target (Go's {@code switch v.(type) { case string: case []byte: }}), else expected string. */
    static byte[] stringOrBytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        if (v instanceof String s) {
            return GoUtf8.encode(s);
        }
        throw Errors.typeError(v, ValueType.STRING);
    }

    /** A string or bytes target run through one scheme's codec; the codec's IllegalArgumentException fails it. */
    static MethodImpl coding(Function<byte[], ?> codec) {
        return (target, ctx) -> {
            byte[] b = stringOrBytes(target);
            try {
                return codec.apply(b);
            } catch (IllegalArgumentException e) {
                throw Errors.failure(e.getMessage());
            }
        };
    }

    /**
     * A string parameter read as Go reads it: {@code string(b)} keeps a bytes argument's raw bytes. The engine's
     * string coercion decodes bytes as UTF-8, which would corrupt binary keys such as {@code "2b7e...".decode("hex")},
     * so byte-valued parameters are declared {@code unknown} and converted here. Null when omitted.
     */
    static byte[] stringArgBytes(io.camelbenthos.bloblang.plugin.Args args, String name) {
        Object v = args.get(name);
        if (v == null || v instanceof byte[] || v instanceof String) {
            return v == null ? null : stringOrBytes(v);
        }
        throw Errors.failure("failed to extract input arg '" + name + "': wrong argument type, expected string, got "
                + Values.typeName(v));
    }

    /** Go's public {@code BytesMethod}: strings, bytes and timestamps ({@code IGetBytes}), else expected bytes. */
    static byte[] anyBytes(Object v) {
        return Values.getBytes(v);
    }
}
