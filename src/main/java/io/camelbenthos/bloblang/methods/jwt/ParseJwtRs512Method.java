package io.camelbenthos.bloblang.methods.jwt;

/** {@code parse_jwt_rs512}: the claims of a RS512-signed JWT, after checking its signature. */
public final class ParseJwtRs512Method extends ParseJwtMethod {
    public ParseJwtRs512Method() {
        super(JwtAlgorithm.RS512);
    }
}
