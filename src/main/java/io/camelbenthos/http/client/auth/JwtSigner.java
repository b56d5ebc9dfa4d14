package io.camelbenthos.http.client.auth;

import io.camelbenthos.bloblang.methods.jwt.JwtTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * http_client's {@code jwt} block, as Benthos's {@code jwtConfig.Sign} (public/service/http_auth.go): the private key
 * is read on the first request (and again after a failure), the token carries header {@code alg}/{@code typ} overlaid
 * by the configured {@code headers} and the configured {@code claims} as they are (no {@code iat}/{@code exp} added),
 * and goes out as {@code Authorization: Bearer <token>}. RS256/384/512 and EdDSA are deterministic signatures and the
 * claims are static, so the token is signed once and reused. A JavaBean for the route model.
 */
public final class JwtSigner {
    private static final Set<String> METHODS = Set.of("RS256", "RS384", "RS512", "EdDSA");

    private String privateKeyFile = "";
    private String signingMethod = "";
    private Map<String, Object> claims = Map.of();
    private Map<String, Object> headers = Map.of();
    private volatile String token;

    public String getPrivateKeyFile() {
        return privateKeyFile;
    }

    public void setPrivateKeyFile(String privateKeyFile) {
        this.privateKeyFile = privateKeyFile;
        this.token = null;
    }

    public String getSigningMethod() {
        return signingMethod;
    }

    public void setSigningMethod(String signingMethod) {
        this.signingMethod = signingMethod;
        this.token = null;
    }

    public Map<String, Object> getClaims() {
        return claims;
    }

    public void setClaims(Map<String, Object> claims) {
        this.claims = new LinkedHashMap<>(claims);
        this.token = null;
    }

    public Map<String, Object> getHeaders() {
        return headers;
    }

    public void setHeaders(Map<String, Object> headers) {
        this.headers = new LinkedHashMap<>(headers);
        this.token = null;
    }

    /**
     * The Authorization value.
     *
     * @throws IllegalStateException with Benthos's error text when the key cannot be read or the method is unknown
     */
    public String authorization() {
        String current = token;
        if (current == null) {
            current = sign();
            token = current;
        }
        return "Bearer " + current;
    }

    private String sign() {
        PrivateKey key = readKey();
        if (!METHODS.contains(signingMethod)) {
            // sic: Benthos's text has the typo
            throw new IllegalStateException("jwt signing method " + signingMethod
                    + " not acepted. Try with RS256, RS384, RS512 or EdDSA");
        }
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", signingMethod);
        header.put("typ", "JWT");
        header.putAll(headers); // Go: maps.Copy(token.Header, j.Headers), so configured headers win
        try {
            return JwtTokens.sign(signingMethod, key, header, claims);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("failed to sign jwt: " + e.getMessage(), e);
        }
    }

    /** Go reads the file before looking at the method; an unknown method leaves no key and fails afterwards. */
    private PrivateKey readKey() {
        String pem;
        try {
            pem = Files.readString(Path.of(privateKeyFile));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("failed to read private key: open " + privateKeyFile
                    + ": no such file or directory", e);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("failed to read private key: open " + privateKeyFile + ": "
                    + e.getMessage(), e);
        }
        if (!METHODS.contains(signingMethod)) {
            return null;
        }
        try {
            return JwtTokens.privateKey(signingMethod, pem);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("failed to parse " + signingMethod + " private key: " + e.getMessage(), e);
        }
    }
}
