package io.camelbenthos.bloblang.methods.jwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.bloblang.formats.JsonNodes;
import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.GoJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing and verifying compact JWS tokens as golang-jwt v5 does for Connect's {@code sign_jwt_*} and
 * {@code parse_jwt_*}: header {@code {"alg":..,"typ":"JWT"}} plus custom fields, claims JSON-encoded like Go's
 * {@code json.Marshal} (sorted keys, HTML escaped), unpadded base64url, and on parsing the standard time claims
 * ({@code exp}, {@code nbf}) checked. Claims come back with float64 numbers, as golang-jwt decodes them.
 */
final class Jwt {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private Jwt() {
    }

    static String sign(JwtAlgorithm alg, Key key, Map<String, Object> claims, Map<String, Object> extraHeaders) {
        Map<String, Object> header = new LinkedHashMap<>(extraHeaders);
        header.put("typ", "JWT");
        header.put("alg", alg.name());
        try {
            return signWithHeader(alg.jcaName, key, header, claims);
        } catch (GeneralSecurityException e) {
            throw Errors.failure("failed to sign token: " + e.getMessage());
        }
    }

    /**
     * A compact JWS of {@code header} and {@code claims} (both JSON-encoded as Go's {@code json.Marshal}) signed with
     * the JCA algorithm {@code jcaName}: an HMAC for a secret key, a signature for a private key.
     */
    static String signWithHeader(String jcaName, Key key, Map<String, Object> header, Map<String, Object> claims)
            throws GeneralSecurityException {
        String signingInput = B64.encodeToString(GoJson.encode(header, true).getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(GoJson.encode(claims, true).getBytes(StandardCharsets.UTF_8));
        byte[] sig;
        if (key instanceof PrivateKey privateKey) {
            Signature s = Signature.getInstance(jcaName);
            s.initSign(privateKey);
            s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            sig = s.sign();
        } else {
            Mac mac = Mac.getInstance(jcaName);
            mac.init(key);
            sig = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        }
        return signingInput + "." + B64.encodeToString(sig);
    }

    /** @throws QueryException {@code failed to parse JWT string: <golang-jwt error>} */
    static Object parse(JwtAlgorithm alg, Key key, String token, Clock clock) {
        try {
            return verify(alg, key, token, clock);
        } catch (IllegalStateException e) {
            throw Errors.failure("failed to parse JWT string: " + e.getMessage());
        }
    }

    private static Object verify(JwtAlgorithm alg, Key key, String token, Clock clock) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalStateException("token is malformed: token contains an invalid number of segments");
        }
        JsonNode header = json(parts[0], "could not JSON decode header");
        JsonNode claims = json(parts[1], "could not JSON decode claim");
        String tokenAlg = header.path("alg").asText("");
        if (!tokenAlg.equals(alg.name())) {
            throw new IllegalStateException(
                    "token is unverifiable: error while executing keyfunc: incorrect signing method: " + tokenAlg);
        }
        byte[] sig;
        try {
            sig = B64D.decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("token is malformed: could not base64 decode signature: " + e.getMessage());
        }
        byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        boolean ok;
        try {
            if (alg.isHmac()) {
                Mac mac = Mac.getInstance(alg.jcaName);
                mac.init(key);
                ok = MessageDigest.isEqual(mac.doFinal(input), sig);
            } else {
                Signature s = Signature.getInstance(alg.jcaName);
                s.initVerify((PublicKey) key);
                s.update(input);
                ok = s.verify(sig);
            }
        } catch (GeneralSecurityException e) {
            ok = false;
        }
        if (!ok) {
            throw new IllegalStateException("token signature is invalid: " + (alg.isRsa()
                    ? "crypto/rsa: verification error" : alg.isHmac() ? "signature is invalid" : "ECDSA verification failed"));
        }
        if (!claims.isObject()) {
            throw new IllegalStateException("token is malformed: could not JSON decode claim");
        }
        long now = clock.instant().getEpochSecond();
        JsonNode exp = claims.get("exp");
        if (exp != null && exp.isNumber() && now >= exp.asDouble()) {
            throw new IllegalStateException("token has invalid claims: token is expired");
        }
        JsonNode nbf = claims.get("nbf");
        if (nbf != null && nbf.isNumber() && now < nbf.asDouble()) {
            throw new IllegalStateException("token has invalid claims: token is not valid yet");
        }
        return floats(JsonNodes.fromNode(claims));
    }

    /** golang-jwt decodes claims without UseNumber: every number is a float64. */
    private static Object floats(Object v) {
        if (v instanceof Long l) {
            return l.doubleValue();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put((String) k, floats(x)));
            return out;
        }
        if (v instanceof java.util.List<?> l) {
            java.util.List<Object> out = new java.util.ArrayList<>(l.size());
            l.forEach(x -> out.add(floats(x)));
            return out;
        }
        return v;
    }

    private static JsonNode json(String part, String what) {
        try {
            return MAPPER.readTree(B64D.decode(part));
        } catch (Exception e) {
            throw new IllegalStateException("token is malformed: " + what + ": " + e.getMessage());
        }
    }

    static Key hmacKey(JwtAlgorithm alg, String secret) {
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("key is invalid"); // golang-jwt: ErrInvalidKey for an empty HMAC key
        }
        return new SecretKeySpec(GoUtf8.encode(secret), alg.jcaName);
    }
}
