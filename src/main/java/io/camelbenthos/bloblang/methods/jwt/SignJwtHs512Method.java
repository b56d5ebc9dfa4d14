package io.camelbenthos.bloblang.methods.jwt;

/** {@code sign_jwt_hs512}: the claims object signed as a HS512 JWT. */
public final class SignJwtHs512Method extends SignJwtMethod {
    public SignJwtHs512Method() {
        super(JwtAlgorithm.HS512);
    }
}
