package io.camelbenthos.bloblang.methods.jwt;

/** {@code parse_jwt_rs384}: the claims of a RS384-signed JWT, after checking its signature. */
public final class ParseJwtRs384Method extends ParseJwtMethod {
    public ParseJwtRs384Method() {
        super(JwtAlgorithm.RS384);
    }
}
