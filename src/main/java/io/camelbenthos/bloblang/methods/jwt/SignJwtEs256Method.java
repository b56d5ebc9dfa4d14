package io.camelbenthos.bloblang.methods.jwt;

/** {@code sign_jwt_es256}: the claims object signed as a ES256 JWT. */
public final class SignJwtEs256Method extends SignJwtMethod {
    public SignJwtEs256Method() {
        super(JwtAlgorithm.ES256);
    }
}
