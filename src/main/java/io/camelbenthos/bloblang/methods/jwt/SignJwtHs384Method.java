package io.camelbenthos.bloblang.methods.jwt;

/** {@code sign_jwt_hs384}: the claims object signed as a HS384 JWT. */
public final class SignJwtHs384Method extends SignJwtMethod {
    public SignJwtHs384Method() {
        super(JwtAlgorithm.HS384);
    }
}
