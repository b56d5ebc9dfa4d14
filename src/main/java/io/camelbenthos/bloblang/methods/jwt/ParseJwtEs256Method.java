package io.camelbenthos.bloblang.methods.jwt;

/** {@code parse_jwt_es256}: the claims of a ES256-signed JWT, after checking its signature. */
public final class ParseJwtEs256Method extends ParseJwtMethod {
    public ParseJwtEs256Method() {
        super(JwtAlgorithm.ES256);
    }
}
