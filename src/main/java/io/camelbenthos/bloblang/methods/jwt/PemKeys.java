package io.camelbenthos.bloblang.methods.jwt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM keys read the way golang-jwt's {@code ParseRSAPublicKeyFromPEM}, {@code ParseECPublicKeyFromPEM},
 * {@code ParseRSAPrivateKeyFromPEM} and {@code ParseECPrivateKeyFromPEM} read them: public keys as PKIX, PKCS#1
 * (RSA) or certificates; private keys as PKCS#1 (RSA) or SEC1 (EC), then PKCS#8. Errors carry golang-jwt's texts.
 */
final class PemKeys {
    static final String NOT_PEM = "invalid key: Key must be a PEM encoded PKCS1 or PKCS8 key";
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)-----END \\1-----");
    private static final byte[] RSA_OID = {0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01};
    private static final byte[] EC_OID = {0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01};

    private PemKeys() {
    }

    private record Block(String type, byte[] der) {
    }

    private static Block block(String pem) {
        Matcher m = PEM.matcher(pem);
        if (!m.find()) {
            throw new IllegalArgumentException(NOT_PEM);
        }
        try {
            return new Block(m.group(1), Base64.getMimeDecoder().decode(m.group(2)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(NOT_PEM, e);
        }
    }

    static RSAPublicKey rsaPublic(String pem) {
        PublicKey k = publicKey(block(pem), "RSA");
        if (k instanceof RSAPublicKey r) {
            return r;
        }
        throw new IllegalArgumentException("key is not a valid RSA public key");
    }

    static ECPublicKey ecPublic(String pem) {
        PublicKey k = publicKey(block(pem), "EC");
        if (k instanceof ECPublicKey e) {
            return e;
        }
        throw new IllegalArgumentException("key is not a valid ECDSA public key");
    }

    private static PublicKey publicKey(Block b, String algorithm) {
        try {
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(b.der()));
        } catch (GeneralSecurityException | IllegalArgumentException notPkix) {
            // not PKIX: try an X.509 certificate, then an RSA PKCS#1 key
        }
        try {
            return CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pemBytes(b))).getPublicKey();
        } catch (GeneralSecurityException | RuntimeException notCert) {
            // fall through
        }
        if (algorithm.equals("RSA")) {
            try {
                byte[] spki = Der.encode(Der.SEQUENCE, Der.encode(Der.SEQUENCE, Der.encode(Der.OID, RSA_OID),
                        Der.encode(Der.NULL)), Der.encode(Der.BIT_STRING, new byte[] {0}, b.der()));
                return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki));
            } catch (GeneralSecurityException | RuntimeException notPkcs1) {
                // fall through
            }
        }
        return null;
    }

    private static byte[] pemBytes(Block b) {
        return ("-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(b.der())
                + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);
    }

    static RSAPrivateKey rsaPrivate(String pem) {
        Block b = block(pem);
        PrivateKey k = null;
        try {
            byte[] pkcs8 = Der.encode(Der.SEQUENCE, Der.encode(Der.INTEGER, new byte[] {0}),
                    Der.encode(Der.SEQUENCE, Der.encode(Der.OID, RSA_OID), Der.encode(Der.NULL)),
                    Der.encode(Der.OCTET_STRING, b.der()));
            k = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException | RuntimeException notPkcs1) {
            k = pkcs8(b, "RSA");
        }
        if (k instanceof RSAPrivateKey r) {
            return r;
        }
        throw new IllegalArgumentException("key is not a valid RSA private key");
    }

    static ECPrivateKey ecPrivate(String pem) {
        Block b = block(pem);
        PrivateKey k = null;
        try {
            // SEC1: SEQUENCE { version, privateKey, [0] namedCurve OID, [1] publicKey }
            List<Der.Element> fields = Der.parse(b.der()).children();
            Der.Element curve = null;
            for (Der.Element f : fields) {
                if (f.tag() == 0xa0) {
                    curve = Der.parse(f.content());
                }
            }
            if (curve != null && curve.tag() == Der.OID) {
                byte[] pkcs8 = Der.encode(Der.SEQUENCE, Der.encode(Der.INTEGER, new byte[] {0}),
                        Der.encode(Der.SEQUENCE, Der.encode(Der.OID, EC_OID), Der.element(curve)),
                        Der.encode(Der.OCTET_STRING, b.der()));
                k = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            }
        } catch (GeneralSecurityException | RuntimeException notSec1) {
            k = null;
        }
        if (k == null) {
            k = pkcs8(b, "EC");
        }
        if (k instanceof ECPrivateKey e) {
            return e;
        }
        throw new IllegalArgumentException("key is not a valid ECDSA private key");
    }

    /** golang-jwt's {@code ParseEdPrivateKeyFromPEM}: a PKCS#8 Ed25519 key. */
    static PrivateKey ed25519Private(String pem) {
        Matcher m = PEM.matcher(pem);
        if (!m.find()) {
            throw new IllegalArgumentException(NOT_PEM);
        }
        PrivateKey key;
        try {
            key = pkcs8(new Block(m.group(1), Base64.getMimeDecoder().decode(m.group(2))), "Ed25519");
        } catch (IllegalArgumentException e) { // a body that is not base64 is no Ed25519 key either
            key = null;
        }
        if (key == null) {
            throw new IllegalArgumentException("key is not a valid Ed25519 private key");
        }
        return key;
    }

    private static PrivateKey pkcs8(Block b, String algorithm) {
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(b.der()));
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }
}
