package io.camelbenthos.bloblang.methods.encoding;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/**
 * {@code encrypt_aes(scheme, key, iv)}: AES ctr/gcm/ofb/cbc. Go returns the ciphertext as a string holding raw bytes;
 * a Java string cannot hold arbitrary bytes, so this returns bytes (same content for {@code encode}, {@code string()}
 * and raw output; {@code type()} says {@code bytes}).
 */
public final class EncryptAesMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("encrypt_aes").category(BinaryTarget.CATEGORY).pure()
                .description("Encrypts a string or byte array using AES encryption")
                .param(ParamSpec.string("scheme", "The scheme to use for encryption, one of `ctr`, `gcm`, `ofb`, `cbc`."))
                .param(ParamSpec.any("key", "A key to encrypt with."))
                .param(ParamSpec.any("iv", "An initialization vector / nonce.")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        // key and iv are declared unknown so bytes arguments keep their raw bytes (see BinaryTarget.stringArgBytes)
        AesCiphers aes = AesCiphers.bind(args, "encryption");
        return (target, ctx) -> aes.encrypt(BinaryTarget.stringOrBytes(target));
    }
}
