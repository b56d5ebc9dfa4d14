package io.camelbenthos.bloblang.methods.jwt;

/** {@code parse_jwt_es384}: the claims of a ES384-signed JWT, after checking its signature. */
public final class ParseJwtEs384Method extends ParseJwtMethod {
    public ParseJwtEs384Method() {
        super(JwtAlgorithm.ES384);
    }
}
