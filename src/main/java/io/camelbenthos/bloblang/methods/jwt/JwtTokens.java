package io.camelbenthos.bloblang.methods.jwt;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Map;

/**
 * The JWT signing of this package for other components (http_client's {@code jwt} auth): golang-jwt's
 * {@code SignedString} with a header given whole, and its PEM private key readers. Supports the algorithms Benthos's
 * HTTP auth offers (RS256, RS384, RS512, EdDSA) plus the ES and HS ones of the Bloblang methods.
 */
public final class JwtTokens {
    private JwtTokens() {
    }

    /**
     * Signs {@code claims} under {@code header} (used as given: it must hold {@code alg} and {@code typ}).
     *
     * @param algorithm a JWS name: RS256, RS384, RS512, ES256, ES384, ES512 or EdDSA
     * @throws GeneralSecurityException when the key does not fit the algorithm
     */
    public static String sign(String algorithm, PrivateKey key, Map<String, Object> header,
                              Map<String, Object> claims) throws GeneralSecurityException {
        return Jwt.signWithHeader(jcaName(algorithm), key, header, claims);
    }

    /**
     * The private key of a PEM block, read as golang-jwt's {@code ParseRSAPrivateKeyFromPEM} (PKCS#1, then PKCS#8),
     * {@code ParseECPrivateKeyFromPEM} (SEC1, then PKCS#8) or {@code ParseEdPrivateKeyFromPEM} (PKCS#8).
     *
     * @throws IllegalArgumentException with golang-jwt's text when the PEM holds no such key
     */
    public static PrivateKey privateKey(String algorithm, String pem) {
        if (algorithm.equals("EdDSA")) {
            return PemKeys.ed25519Private(pem);
        }
        JwtAlgorithm alg = JwtAlgorithm.valueOf(algorithm);
        if (alg.isHmac()) {
            throw new IllegalArgumentException("HMAC algorithms take a secret, not a private key");
        }
        return (PrivateKey) alg.signingKey(pem);
    }

    private static String jcaName(String algorithm) {
        return algorithm.equals("EdDSA") ? "Ed25519" : JwtAlgorithm.valueOf(algorithm).jcaName;
    }
}
