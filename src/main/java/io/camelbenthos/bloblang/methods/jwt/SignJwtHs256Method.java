package io.camelbenthos.bloblang.methods.jwt;

/** {@code sign_jwt_hs256}: the claims object signed as a HS256 JWT. */
public final class SignJwtHs256Method extends SignJwtMethod {
    public SignJwtHs256Method() {
        super(JwtAlgorithm.HS256);
    }
}
