package io.camelbenthos.bloblang.methods.encoding;

import io.camelbenthos.bloblang.go.GoAscii85;
import io.camelbenthos.bloblang.plugin.Errors;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Function;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code encode(scheme)}: base64, base64url, base64rawurl, hex, ascii85 or z85 of a string or bytes, as a string. */
public final class EncodeMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("encode").category(BinaryTarget.CATEGORY).pure()
                .description("Encodes a string or byte array according to a chosen scheme")
                .param(ParamSpec.string("scheme", "The encoding scheme to use.")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String scheme = args.string("scheme");
        Function<byte[], String> fn = switch (scheme) {
            case "base64" -> b -> Base64.getEncoder().encodeToString(b);
            case "base64url" -> b -> Base64.getUrlEncoder().encodeToString(b);
            case "base64rawurl" -> b -> Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            case "hex" -> b -> HexFormat.of().formatHex(b);
            case "ascii85" -> GoAscii85::encode;
            case "z85" -> GoAscii85::z85Encode;
            default -> throw Errors.failure("unrecognized encoding type: " + scheme);
        };
        return BinaryTarget.coding(fn);
    }
}
