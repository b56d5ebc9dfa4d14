package io.camelbenthos.http;

import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * The shared server's {@code http.basic_auth} (semantics §8.1): {@code password_hash} is base64 of the hash of the
 * password. md5 and sha256 are supported; bcrypt and scrypt are rejected at start with a clear error.
 */
public final class BasicAuth {
    private final String realmHeader;
    private final byte[] username;
    private final byte[] expectedHash;
    private final String digestAlgorithm;

    private BasicAuth(String realm, String username, byte[] expectedHash, String digestAlgorithm) {
        this.realmHeader = "Basic realm=\"" + realm + "\", charset=\"UTF-8\"";
        this.username = username.getBytes(StandardCharsets.UTF_8);
        this.expectedHash = expectedHash;
        this.digestAlgorithm = digestAlgorithm;
    }

    /** Null when basic auth is disabled. */
    public static BasicAuth from(HttpServerSettings s) {
        if (!s.isBasicAuthEnabled()) {
            return null;
        }
        if (s.getBasicAuthUsername().isEmpty() || s.getBasicAuthPasswordHash().isEmpty()) {
            throw new IllegalArgumentException("http.basic_auth: username and password_hash must be set");
        }
        String digest = switch (s.getBasicAuthAlgorithm().toLowerCase(Locale.ROOT)) {
            case "md5" -> "MD5";
            case "sha256" -> "SHA-256";
            default -> throw new IllegalArgumentException(
                    "http.basic_auth: algorithm '" + s.getBasicAuthAlgorithm() + "' is not supported (md5, sha256)");
        };
        byte[] expected = Base64.getDecoder().decode(s.getBasicAuthPasswordHash());
        return new BasicAuth(s.getBasicAuthRealm(), s.getBasicAuthUsername(), expected, digest);
    }

    /** True when the request carries matching credentials; otherwise answers 401 and returns false. */
    public boolean admit(HttpServerRequest request) {
        if (matches(request.getHeader("Authorization"))) {
            return true;
        }
        request.response().putHeader("WWW-Authenticate", realmHeader);
        GoHttp.error(request.response(), 401, "Unauthorized");
        return false;
    }

    private boolean matches(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        byte[] user = decoded.substring(0, colon).getBytes(StandardCharsets.UTF_8);
        byte[] hash = hash(decoded.substring(colon + 1));
        // Both compared in constant time, and both always compared, so timing tells nothing.
        boolean userOk = MessageDigest.isEqual(user, username);
        boolean passOk = MessageDigest.isEqual(hash, expectedHash);
        return userOk & passOk;
    }

    private byte[] hash(String password) {
        try {
            return MessageDigest.getInstance(digestAlgorithm).digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // MD5 and SHA-256 are mandatory in every JDK
        }
    }
}
