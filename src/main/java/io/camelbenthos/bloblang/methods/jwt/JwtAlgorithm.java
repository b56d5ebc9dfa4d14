package io.camelbenthos.bloblang.methods.jwt;

import java.security.Key;

/** The JWS algorithms Connect's JWT methods offer, with their JCA names and how their keys are read. */
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

    /** The key that checks a signature: the HMAC secret, or the public key of a PEM block. */
    Key verificationKey(String secret) {
        if (isHmac()) {
            return Jwt.hmacKey(this, secret);
        }
        return isRsa() ? PemKeys.rsaPublic(secret) : PemKeys.ecPublic(secret);
    }

    /** The key that signs: the HMAC secret, or the private key of a PEM block. */
    Key signingKey(String secret) {
        if (isHmac()) {
            return Jwt.hmacKey(this, secret);
        }
        return isRsa() ? PemKeys.rsaPrivate(secret) : PemKeys.ecPrivate(secret);
    }

    /** The algorithm as the method names spell it, e.g. {@code es256}. */
    String methodSuffix() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
