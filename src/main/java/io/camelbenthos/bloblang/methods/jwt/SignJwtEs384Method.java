package io.camelbenthos.bloblang.methods.jwt;

/** {@code sign_jwt_es384}: the claims object signed as a ES384 JWT. */
public final class SignJwtEs384Method extends SignJwtMethod {
    public SignJwtEs384Method() {
        super(JwtAlgorithm.ES384);
    }
}
