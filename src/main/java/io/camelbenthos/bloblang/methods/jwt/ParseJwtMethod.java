package io.camelbenthos.bloblang.methods.jwt;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.time.Clock;

/**
 * {@code parse_jwt_<alg>(signing_secret)}: the claims of a JWT signed with one algorithm, after checking its
 * signature. One subclass per algorithm, so each method keeps its own plugin class and spec.
 */
abstract class ParseJwtMethod implements MethodPlugin {
    private final JwtAlgorithm algorithm;

    ParseJwtMethod(JwtAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    @Override
    public final PluginSpec spec() {
        String alg = algorithm.name();
        return PluginSpec.method("parse_jwt_" + algorithm.methodSuffix())
                .category("JSON Web Tokens")
                .description("Parses a claims object from a JWT string encoded with " + alg + ". This method does not validate JWT claims.")
                .param(ParamSpec.string("signing_secret", "The " + alg + " secret that was used for signing the token."))
                .pure()
                .build();
    }

    @Override
    public final MethodImpl bind(Args args) {
        Key key;
        try {
            key = algorithm.verificationKey(args.string("signing_secret"));
        } catch (IllegalArgumentException e) {
            throw Errors.failure(e.getMessage());
        }
        return (target, ctx) -> {
            String token;
            if (target instanceof String s) {
                token = s;
            } else if (target instanceof byte[] b) {
                token = new String(b, StandardCharsets.UTF_8);
            } else {
                throw Errors.typeError(target, ValueType.STRING);
            }
            return Jwt.parse(algorithm, key, token, Clock.systemUTC());
        };
    }
}
