package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * {@code compare_bcrypt(hashed_secret)} (Redpanda Connect): whether the target matches a bcrypt hash
 * ({@code $2a$}, {@code $2b$} or {@code $2y$}), as {@code golang.org/x/crypto/bcrypt.CompareHashAndPassword}.
 * A malformed hash is an error, a mismatch is {@code false}.
 */
public final class CompareBcryptMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("compare_bcrypt").category("String Manipulation").pure()
                .description("Checks whether a string matches a hashed secret using bcrypt.")
                .param(ParamSpec.string("hashed_secret", "The hashed secret value to compare with the input.")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String hashed = args.string("hashed_secret");
        return (target, ctx) -> {
            byte[] secret = GoUtf8.encode(StringTarget.text(target));
            try {
                return OpenBSDBCrypt.checkPassword(hashed, secret);
            } catch (IllegalArgumentException e) {
                throw Errors.failure("failed to compare secret: " + e.getMessage());
            }
        };
    }
}
