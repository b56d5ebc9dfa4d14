package io.camelbenthos.bloblang.methods.jwt;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.security.Key;
import java.util.Map;

/**
 * {@code sign_jwt_<alg>(signing_secret, headers)}: the claims object signed as a JWT with one algorithm. One subclass
 * per algorithm, so each method keeps its own plugin class and spec.
 */
abstract class SignJwtMethod implements MethodPlugin {
    private final JwtAlgorithm algorithm;

    SignJwtMethod(JwtAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    @Override
    public final PluginSpec spec() {
        return PluginSpec.method("sign_jwt_" + algorithm.methodSuffix())
                .category("JSON Web Tokens")
                .description("Hash and sign an object representing JSON Web Token (JWT) claims using " + algorithm.name() + ".")
                .param(ParamSpec.string("signing_secret", "The secret to use for signing the token."))
                .param(ParamSpec.any("headers", "Optional object of JWT header fields to include in the token. Keys \"alg\", \"typ\", \"jku\", \"jwk\", \"x5u\", \"x5c\", \"x5t\",\"x5t#S256\" and \"crit\" will be ignored if provided.").optional())
                .pure()
                .build();
    }

    @Override
    public final MethodImpl bind(Args args) {
        Key key;
        try {
            key = algorithm.signingKey(args.string("signing_secret"));
        } catch (IllegalArgumentException e) {
            throw Errors.failure("failed to decode signing_secret: " + e.getMessage());
        }
        Map<String, Object> headers = Headers.custom(args.get("headers"));
        return (target, ctx) -> {
            if (!(target instanceof Map<?, ?> claims)) {
                throw Errors.typeError(target, ValueType.OBJECT);
            }
            return Jwt.sign(algorithm, key, Values.asObject(claims), headers);
        };
    }
}
