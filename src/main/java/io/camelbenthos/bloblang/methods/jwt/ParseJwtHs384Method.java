package io.camelbenthos.bloblang.methods.jwt;

/** {@code parse_jwt_hs384}: the claims of a HS384-signed JWT, after checking its signature. */
public final class ParseJwtHs384Method extends ParseJwtMethod {
    public ParseJwtHs384Method() {
        super(JwtAlgorithm.HS384);
    }
}
