package io.camelbenthos.bloblang.methods.jwt;

/** {@code parse_jwt_rs256}: the claims of a RS256-signed JWT, after checking its signature. */
public final class ParseJwtRs256Method extends ParseJwtMethod {
    public ParseJwtRs256Method() {
        super(JwtAlgorithm.RS256);
    }
}
