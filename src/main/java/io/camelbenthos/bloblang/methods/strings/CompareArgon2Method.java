package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * {@code compare_argon2(hashed_secret)} (Redpanda Connect): whether the target matches a PHC-format Argon2 hash
 * ({@code $argon2id$v=19$m=4096,t=3,p=1$<salt>$<hash>}, also {@code argon2i}), recomputed with Bouncy Castle and
 * compared in constant time. A malformed hash is an error, a mismatch is {@code false}.
 */
public final class CompareArgon2Method implements MethodPlugin {
    private static final Pattern PHC = Pattern.compile(
            "\\$(argon2id|argon2i|argon2d)\\$v=(\\d+)\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    @Override
    public PluginSpec spec() {
        return PluginSpec.method("compare_argon2").category("String Manipulation").pure()
                .description("Checks whether a string matches a hashed secret using Argon2.")
                .param(ParamSpec.string("hashed_secret", "The hashed secret to compare with the input. This must be a "
                        + "fully-qualified string which encodes the Argon2 options used to generate the hash."))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String hashed = args.string("hashed_secret");
        Matcher m = PHC.matcher(hashed);
        if (!m.matches()) {
            throw Errors.failure("invalid argon2 hash format, expected $argon2id$v=19$m=<memory>,t=<time>,"
                    + "p=<threads>$<salt>$<hash>");
        }
        int type = switch (m.group(1)) {
            case "argon2id" -> Argon2Parameters.ARGON2_id;
            case "argon2i" -> Argon2Parameters.ARGON2_i;
            default -> Argon2Parameters.ARGON2_d;
        };
        Argon2Parameters params;
        byte[] expected;
        try {
            params = new Argon2Parameters.Builder(type)
                    .withVersion(Integer.parseInt(m.group(2)))
                    .withMemoryAsKB(Integer.parseInt(m.group(3)))
                    .withIterations(Integer.parseInt(m.group(4)))
                    .withParallelism(Integer.parseInt(m.group(5)))
                    .withSalt(Base64.getDecoder().decode(m.group(6)))
                    .build();
            expected = Base64.getDecoder().decode(m.group(7));
        } catch (IllegalArgumentException e) {
            throw Errors.failure("invalid argon2 hash: " + e.getMessage());
        }
        return (target, ctx) -> {
            byte[] secret = GoUtf8.encode(StringTarget.text(target));
            Argon2BytesGenerator gen = new Argon2BytesGenerator();
            gen.init(params);
            byte[] actual = new byte[expected.length];
            gen.generateBytes(secret, actual);
            return MessageDigest.isEqual(expected, actual);
        };
    }
}
