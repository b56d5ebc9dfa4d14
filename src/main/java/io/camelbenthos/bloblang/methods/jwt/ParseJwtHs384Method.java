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

/** {@code parse_jwt_hs384(signing_secret)}: the claims of a HS384-signed JWT, after checking its signature. */
public final class ParseJwtHs384Method implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("parse_jwt_hs384")
                .category("JSON Web Tokens")
                .description("Parses a claims object from a JWT string encoded with HS384. This method does not validate JWT claims.")
                .param(ParamSpec.string("signing_secret", "The HS384 secret that was used for signing the token."))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String secret = args.string("signing_secret");
        Key key;
        try {
            key = Jwt.hmacKey(JwtAlgorithm.HS384, secret);
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
            return Jwt.parse(JwtAlgorithm.HS384, key, token, Clock.systemUTC());
        };
    }
}
