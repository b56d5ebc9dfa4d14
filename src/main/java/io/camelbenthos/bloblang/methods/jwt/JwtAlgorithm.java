package io.camelbenthos.bloblang.methods.jwt;

/** The JWS algorithms Connect's JWT methods offer, with their JCA names. */
enum JwtAlgorithm {
    HS256("HmacSHA256", 0), HS384("HmacSHA384", 0), HS512("HmacSHA512", 0),
    RS256("SHA256withRSA", 0), RS384("SHA384withRSA", 0), RS512("SHA512withRSA", 0),
    // JWS wants r||s of fixed width (RFC 7518 §3.4), which is the JDK's P1363 format
    ES256("SHA256withECDSAinP1363Format", 32), ES384("SHA384withECDSAinP1363Format", 48),
    ES512("SHA512withECDSAinP1363Format", 66);

    final String jcaName;
    final int ecFieldBytes;

    JwtAlgorithm(String jcaName, int ecFieldBytes) {
        this.jcaName = jcaName;
        this.ecFieldBytes = ecFieldBytes;
    }

    boolean isHmac() {
        return name().startsWith("HS");
    }

    boolean isRsa() {
        return name().startsWith("RS");
    }
}
