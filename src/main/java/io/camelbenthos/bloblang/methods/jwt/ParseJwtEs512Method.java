package io.camelbenthos.bloblang.methods.jwt;

/** {@code parse_jwt_es512}: the claims of a ES512-signed JWT, after checking its signature. */
public final class ParseJwtEs512Method extends ParseJwtMethod {
    public ParseJwtEs512Method() {
        super(JwtAlgorithm.ES512);
    }
}
