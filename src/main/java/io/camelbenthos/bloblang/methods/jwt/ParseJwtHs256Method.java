package io.camelbenthos.bloblang.methods.jwt;

/** {@code parse_jwt_hs256}: the claims of a HS256-signed JWT, after checking its signature. */
public final class ParseJwtHs256Method extends ParseJwtMethod {
    public ParseJwtHs256Method() {
        super(JwtAlgorithm.HS256);
    }
}
