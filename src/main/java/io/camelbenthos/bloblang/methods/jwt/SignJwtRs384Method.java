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

/** {@code sign_jwt_rs384(signing_secret, headers)}: the claims object signed as a RS384 JWT. */
public final class SignJwtRs384Method implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("sign_jwt_rs384")
                .category("JSON Web Tokens")
                .description("Hash and sign an object representing JSON Web Token (JWT) claims using RS384.")
                .param(ParamSpec.string("signing_secret", "The secret to use for signing the token."))
                .param(ParamSpec.any("headers", "Optional object of JWT header fields to include in the token. Keys \"alg\", \"typ\", \"jku\", \"jwk\", \"x5u\", \"x5c\", \"x5t\",\"x5t#S256\" and \"crit\" will be ignored if provided.").optional())
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String secret = args.string("signing_secret");
        Key key;
        try {
            key = PemKeys.rsaPrivate(secret);
        } catch (IllegalArgumentException e) {
            throw Errors.failure("failed to decode signing_secret: " + e.getMessage());
        }
        Map<String, Object> headers = Headers.custom(args.get("headers"));
        return (target, ctx) -> {
            if (!(target instanceof Map<?, ?> claims)) {
                throw Errors.typeError(target, ValueType.OBJECT);
            }
            return Jwt.sign(JwtAlgorithm.RS384, key, Values.asObject(claims), headers);
        };
    }
}
