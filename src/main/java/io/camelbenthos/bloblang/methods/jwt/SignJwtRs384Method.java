package io.camelbenthos.bloblang.methods.jwt;

/** {@code sign_jwt_rs384}: the claims object signed as a RS384 JWT. */
public final class SignJwtRs384Method extends SignJwtMethod {
    public SignJwtRs384Method() {
        super(JwtAlgorithm.RS384);
    }
}
