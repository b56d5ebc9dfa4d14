package io.camelbenthos.bloblang.methods.jwt;

/** {@code sign_jwt_rs512}: the claims object signed as a RS512 JWT. */
public final class SignJwtRs512Method extends SignJwtMethod {
    public SignJwtRs512Method() {
        super(JwtAlgorithm.RS512);
    }
}
