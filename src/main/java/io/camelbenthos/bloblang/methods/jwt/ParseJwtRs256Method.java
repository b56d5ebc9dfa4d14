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

/** {@code parse_jwt_rs256(signing_secret)}: the claims of a RS256-signed JWT, after checking its signature. */
public final class ParseJwtRs256Method implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("parse_jwt_rs256")
                .category("JSON Web Tokens")
                .description("Parses a claims object from a JWT string encoded with RS256. This method does not validate JWT claims.")
                .param(ParamSpec.string("signing_secret", "The RS256 secret that was used for signing the token."))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String secret = args.string("signing_secret");
        Key key;
        try {
            key = PemKeys.rsaPublic(secret);
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
            return Jwt.parse(JwtAlgorithm.RS256, key, token, Clock.systemUTC());
        };
    }
}
