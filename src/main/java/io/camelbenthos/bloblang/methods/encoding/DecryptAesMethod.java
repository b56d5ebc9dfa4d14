package io.camelbenthos.bloblang.methods.encoding;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code decrypt_aes(scheme, key, iv)}: AES ctr/gcm/ofb/cbc decryption, returning bytes. */
public final class DecryptAesMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("decrypt_aes").category(BinaryTarget.CATEGORY).pure()
                .description("Decrypts an AES-encrypted string or byte array")
                .param(ParamSpec.string("scheme", "The scheme to use for decryption, one of `ctr`, `gcm`, `ofb`, `cbc`."))
                .param(ParamSpec.any("key", "A key to decrypt with."))
                .param(ParamSpec.any("iv", "An initialization vector / nonce.")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        // key and iv are declared unknown so bytes arguments keep their raw bytes (see BinaryTarget.stringArgBytes)
        AesCiphers aes = AesCiphers.bind(args, "decryption");
        return (target, ctx) -> aes.decrypt(BinaryTarget.stringOrBytes(target));
    }
}
