package io.camelbenthos.bloblang.methods.jwt;

/** {@code sign_jwt_es512}: the claims object signed as a ES512 JWT. */
public final class SignJwtEs512Method extends SignJwtMethod {
    public SignJwtEs512Method() {
        super(JwtAlgorithm.ES512);
    }
}
