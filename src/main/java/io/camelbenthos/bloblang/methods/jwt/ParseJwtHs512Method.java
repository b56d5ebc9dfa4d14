package io.camelbenthos.bloblang.methods.jwt;

/** {@code parse_jwt_hs512}: the claims of a HS512-signed JWT, after checking its signature. */
public final class ParseJwtHs512Method extends ParseJwtMethod {
    public ParseJwtHs512Method() {
        super(JwtAlgorithm.HS512);
    }
}
