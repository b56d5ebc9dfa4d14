package io.camelbenthos.bloblang.methods.encoding;

import io.camelbenthos.bloblang.go.GoAscii85;
import io.camelbenthos.bloblang.go.GoFmt;
import io.camelbenthos.bloblang.plugin.Errors;
import java.util.function.Function;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code decode(scheme)}: the inverse of {@code encode}, returning bytes; errors use Go's decoder texts. */
public final class DecodeMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("decode").category(BinaryTarget.CATEGORY).pure()
                .description("Decodes an encoded string according to a chosen scheme")
                .param(ParamSpec.string("scheme", "The decoding scheme to use.")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String scheme = args.string("scheme");
        Function<byte[], byte[]> fn = switch (scheme) {
            case "base64" -> b -> GoBase64.decode(b, false, true);
            case "base64url" -> b -> GoBase64.decode(b, true, true);
            case "base64rawurl" -> b -> GoBase64.decode(b, true, false);
            case "hex" -> DecodeMethod::hex;
            case "ascii85" -> GoAscii85::decode;
            case "z85" -> GoAscii85::z85Decode;
            default -> throw Errors.failure("unrecognized encoding type: " + scheme);
        };
        return BinaryTarget.coding(fn);
    }

    /** Go {@code hex.NewDecoder} read to the end: a bad digit first, then {@code unexpected EOF} for odd length. */
    static byte[] hex(byte[] src) {
        int pairs = src.length / 2;
        byte[] out = new byte[pairs];
        for (int i = 0; i < pairs; i++) {
            out[i] = (byte) (digit(src[2 * i]) << 4 | digit(src[2 * i + 1]));
        }
        if (src.length % 2 != 0) {
            digit(src[src.length - 1]);
            throw new IllegalArgumentException("unexpected EOF");
        }
        return out;
    }

    private static int digit(byte b) {
        int d = Character.digit(b & 0xFF, 16);
        if (d < 0 || (b & 0xFF) >= 0x80) {
            throw new IllegalArgumentException(
                    GoFmt.sprintf("encoding/hex: invalid byte: %#U", (long) (b & 0xFF)));
        }
        return d;
    }
}
