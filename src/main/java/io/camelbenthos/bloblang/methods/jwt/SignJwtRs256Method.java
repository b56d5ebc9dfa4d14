package io.camelbenthos.bloblang.methods.jwt;

/** {@code sign_jwt_rs256}: the claims object signed as a RS256 JWT. */
public final class SignJwtRs256Method extends SignJwtMethod {
    public SignJwtRs256Method() {
        super(JwtAlgorithm.RS256);
    }
}
