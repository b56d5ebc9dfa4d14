package io.camelbenthos.http;

import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.methods.encoding.GoBase64;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * The shared server's {@code http.basic_auth} (semantics §8.1), as Benthos's {@code internal/httpserver/basic_auth.go}:
 * {@code password_hash} is base64 of the hash of the password ({@code md5}, {@code sha256}), of a bcrypt hash string
 * ({@code $2a$...}) or of the scrypt key (N=32768, r=8, p=1, 32 bytes, with the base64 {@code salt}).
 *
 * <p>bcrypt and scrypt are deliberately slow (tens of milliseconds and, for scrypt, 32 MiB), so those checks run on a
 * Vert.x worker and never on the event loop.
 */
public final class BasicAuth {
    // Benthos's fixed scrypt parameters (basic_auth.go)
    private static final int SCRYPT_N = 32768;
    private static final int SCRYPT_R = 8;
    private static final int SCRYPT_P = 1;
    private static final int SCRYPT_KEY_LENGTH = 32;
    /** Go's bcrypt refuses (rather than truncates) longer passwords, so they never match. */
    private static final int BCRYPT_MAX_PASSWORD_BYTES = 72;

    private final String realmHeader;
    private final byte[] username;
    private final String algorithm;
    /** Empty when password_hash is not valid base64: Benthos then answers every request 500. */
    private final Optional<byte[]> expectedHash;
    private final byte[] salt;

    private BasicAuth(String realm, String username, String algorithm, Optional<byte[]> expectedHash, byte[] salt) {
        this.realmHeader = "Basic realm=" + GoStrconv.quote(realm) + ", charset=\"UTF-8\"";
        this.username = username.getBytes(StandardCharsets.UTF_8);
        this.algorithm = algorithm;
        this.expectedHash = expectedHash;
        this.salt = salt;
    }

    /**
     * Null when basic auth is disabled.
     *
     * @throws IllegalArgumentException with Benthos's validation texts for an unusable block
     */
    public static BasicAuth from(HttpServerSettings s) {
        if (!s.isBasicAuthEnabled()) {
            return null;
        }
        if (s.getBasicAuthUsername().isEmpty() || s.getBasicAuthPasswordHash().isEmpty()) {
            throw new IllegalArgumentException("both username and password_hash are required");
        }
        String algorithm = s.getBasicAuthAlgorithm(); // matched case-sensitively, as Benthos's map lookup does
        switch (algorithm) {
            case "md5", "sha256", "bcrypt", "scrypt" -> { }
            default -> throw new IllegalArgumentException("algorithm should be one of md5, sha256, bcrypt, or scrypt");
        }
        byte[] salt = new byte[0];
        if (algorithm.equals("scrypt")) {
            if (s.getBasicAuthSalt().isEmpty()) {
                throw new IllegalArgumentException("salt is required for scrypt");
            }
            try {
                salt = base64(s.getBasicAuthSalt());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("invalid salt : " + e.getMessage(), e);
            }
        }
        // A password_hash that is not base64 is only found out per request in Benthos (500), not at start.
        return new BasicAuth(s.getBasicAuthRealm(), s.getBasicAuthUsername(), algorithm,
                optionalBase64(s.getBasicAuthPasswordHash()), salt);
    }

    /** Whether checking a password is slow enough that it must not run on the event loop. */
    boolean isSlow() {
        return algorithm.equals("bcrypt") || algorithm.equals("scrypt");
    }

    /**
     * Calls {@code admitted} (on the request's event loop) when the request carries matching credentials; otherwise
     * answers 401 with {@code WWW-Authenticate}, or 500 when {@code password_hash} is not base64.
     */
    void check(Vertx vertx, HttpServerRequest request, Runnable admitted) {
        if (expectedHash.isEmpty()) {
            GoHttp.error(request.response(), 500, "Internal Server Error");
            return;
        }
        String authorization = request.getHeader("Authorization");
        if (!isSlow()) {
            answer(request, matches(authorization), admitted);
            return;
        }
        request.pause(); // the body must wait for the verdict, not be lost meanwhile
        vertx.executeBlocking(() -> matches(authorization), false).onComplete(verdict -> {
            request.resume();
            answer(request, verdict.succeeded() && verdict.result(), admitted);
        });
    }

    private void answer(HttpServerRequest request, boolean ok, Runnable admitted) {
        if (ok) {
            admitted.run();
            return;
        }
        request.response().putHeader("WWW-Authenticate", realmHeader);
        GoHttp.error(request.response(), 401, "Unauthorized");
    }

    /** Go's {@code r.BasicAuth()}; a missing or malformed header compares as empty user and password. */
    boolean matches(String authorization) {
        String user = "";
        String password = "";
        if (authorization != null && authorization.length() >= 6 && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<byte[]> decoded = optionalBase64(authorization.substring(6));
            if (decoded.isPresent()) {
                String credentials = new String(decoded.get(), StandardCharsets.UTF_8);
                int colon = credentials.indexOf(':');
                if (colon >= 0) {
                    user = credentials.substring(0, colon);
                    password = credentials.substring(colon + 1);
                }
            }
        }
        // Both compared, user in constant time, so timing tells nothing about which one failed.
        boolean userOk = MessageDigest.isEqual(user.getBytes(StandardCharsets.UTF_8), username);
        boolean passOk = passwordMatches(password.getBytes(StandardCharsets.UTF_8));
        return userOk & passOk;
    }

    private boolean passwordMatches(byte[] password) {
        byte[] expected = expectedHash.orElseThrow();
        return switch (algorithm) {
            case "md5" -> MessageDigest.isEqual(expected, digest("MD5", password));
            case "sha256" -> MessageDigest.isEqual(expected, digest("SHA-256", password));
            case "bcrypt" -> bcryptMatches(expected, password);
            case "scrypt" -> MessageDigest.isEqual(expected,
                    SCrypt.generate(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_KEY_LENGTH));
            default -> false;
        };
    }

    private static boolean bcryptMatches(byte[] hash, byte[] password) {
        if (password.length > BCRYPT_MAX_PASSWORD_BYTES) {
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(new String(hash, StandardCharsets.UTF_8), password);
        } catch (RuntimeException e) {
            return false; // not a bcrypt hash string: Go's CompareHashAndPassword errors, which is a mismatch
        }
    }

    private static byte[] digest(String algorithm, byte[] input) {
        try {
            return MessageDigest.getInstance(algorithm).digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // MD5 and SHA-256 are mandatory in every JDK
        }
    }

    /** Go's {@code base64.StdEncoding.DecodeString}: padding required, unlike Java's decoder. */
    private static byte[] base64(String text) {
        return GoBase64.decode(text.getBytes(StandardCharsets.UTF_8), false, true);
    }

    private static Optional<byte[]> optionalBase64(String text) {
        try {
            return Optional.of(base64(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
