package io.camelbenthos.http.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.testing.StreamHarness;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request signers of http_client ({@code oauth}, {@code jwt}, {@code basic_auth}) end to end: a stream sends to
 * a real HTTP server, which checks what arrived with computations of its own.
 */
class HttpClientAuthTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    final HttpTestBench bench = new HttpTestBench();
    private final RecordingServer server = bench.server();
    private StreamHarness stream;
    @TempDir
    Path dir;

    private Exchange send(String outputExtra, String body) throws Exception {
        stream = bench.startClient("""
                url: %s
                verb: PUT
                retries: 0
                %s""".formatted(server.url("/api/items?page=2&q=a b"), outputExtra));
        return stream.send("in", body);
    }

    @Test
    void oauthV1SignsTheRequestAsBenthosDoes() throws Exception {
        Exchange e = send("""
                oauth:
                  enabled: true
                  consumer_key: my key
                  consumer_secret: s3cr*t~
                  access_token: tok/en
                  access_token_secret: "t&s"
                """, "hello");
        assertThat(e.getException()).isNull();
        RecordingServer.Request r = server.requests().get(0);
        String header = r.header("Authorization");
        // Benthos writes no "OAuth " scheme and Go trims the leading space of its format string
        assertThat(header).startsWith("oauth_consumer_key=\"my+key\", oauth_nonce=\"");
        Map<String, String> params = authParams(header);
        assertThat(params.keySet()).containsExactly("oauth_consumer_key", "oauth_nonce", "oauth_signature",
                "oauth_signature_method", "oauth_timestamp", "oauth_token", "oauth_version");
        assertThat(params.get("oauth_nonce")).matches("[0-9]+");
        assertThat(params.get("oauth_timestamp")).matches("[0-9]+");
        assertThat(params).containsEntry("oauth_signature_method", "HMAC-SHA1").containsEntry("oauth_version", "1.0")
                .containsEntry("oauth_token", "tok%2Fen");
        // Server side: recompute from the URL the client was configured with and the received nonce and timestamp
        String expected = oauthSignature("PUT", server.url("/api/items?page=2&q=a b"), "my key", "s3cr*t~", "tok/en",
                "t&s", params.get("oauth_nonce"), params.get("oauth_timestamp"));
        assertThat(params.get("oauth_signature")).isEqualTo(goQueryEscape(expected));
    }

    private static Map<String, String> authParams(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(\\w+)=\"([^\"]*)\"").matcher(header);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    /** Benthos's base string: METHOD & esc(url) & esc(sorted oauth params); key esc(consumer secret)&esc(token secret). */
    private static String oauthSignature(String method, String url, String consumerKey, String consumerSecret,
                                         String token, String tokenSecret, String nonce, String timestamp)
            throws Exception {
        Map<String, String> params = new TreeMap<>(Map.of("oauth_consumer_key", consumerKey, "oauth_nonce", nonce,
                "oauth_signature_method", "HMAC-SHA1", "oauth_timestamp", timestamp, "oauth_token", token,
                "oauth_version", "1.0"));
        StringBuilder normalised = new StringBuilder();
        params.forEach((k, v) -> normalised.append(normalised.isEmpty() ? "" : "&").append(goQueryEscape(k))
                .append('=').append(goQueryEscape(v)));
        String base = method + "&" + goQueryEscape(url) + "&" + goQueryEscape(normalised.toString());
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec((goQueryEscape(consumerSecret) + "&" + goQueryEscape(tokenSecret))
                .getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
    }

    /** Go's url.QueryEscape from the JDK's form encoder: it differs only on '*' (Go escapes) and '~' (Go keeps). */
    private static String goQueryEscape(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("*", "%2A").replace("%7E", "~");
    }

    @Test
    void jwtSignsWithAnRsaKeyFromFile() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path pem = pem("rsa.pem", keys.getPrivate().getEncoded());
        Exchange e = send("""
                jwt:
                  enabled: true
                  private_key_file: %s
                  signing_method: RS384
                  claims:
                    sub: user-1
                    n: 3
                    roles: [a, b]
                  headers:
                    kid: key-1
                """.formatted(pem), "x");
        assertThat(e.getException()).isNull();
        String token = bearer(server.requests().get(0).header("Authorization"));
        verify(token, "SHA384withRSA", keys.getPublic());
        String[] parts = token.split("\\.");
        // Go's json.Marshal: keys sorted
        assertThat(decode(parts[0])).isEqualTo("{\"alg\":\"RS384\",\"kid\":\"key-1\",\"typ\":\"JWT\"}");
        assertThat(decode(parts[1])).isEqualTo("{\"n\":3,\"roles\":[\"a\",\"b\"],\"sub\":\"user-1\"}");
    }

    @Test
    void jwtSignsWithEdDsaAndReusesTheToken() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path pem = pem("ed.pem", keys.getPrivate().getEncoded());
        send("""
                jwt:
                  enabled: true
                  private_key_file: %s
                  signing_method: EdDSA
                  claims: {iss: me}
                """.formatted(pem), "1");
        assertThat(stream.send("in", "2").getException()).isNull();
        String token = bearer(server.requests().get(0).header("Authorization"));
        verify(token, "Ed25519", keys.getPublic());
        JsonNode header = JSON.readTree(decode(token.split("\\.")[0]));
        assertThat(header.get("alg").asText()).isEqualTo("EdDSA");
        assertThat(server.requests().get(1).header("Authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void jwtFailuresFailTheSendWithBenthosTexts() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path pem = pem("rsa.pem", keys.getPrivate().getEncoded());
        Exchange e = send("""
                jwt:
                  enabled: true
                  private_key_file: %s
                  signing_method: HS256
                """.formatted(pem), "x");
        assertThat(e.getException()).hasMessage(
                "jwt signing method HS256 not acepted. Try with RS256, RS384, RS512 or EdDSA");
        stream.close();
        Exchange missing = send("""
                jwt:
                  enabled: true
                  private_key_file: %s
                  signing_method: RS256
                """.formatted(dir.resolve("nope.pem")), "x");
        assertThat(missing.getException()).hasMessage(
                "failed to read private key: open " + dir.resolve("nope.pem") + ": no such file or directory");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void basicAuthWinsOverJwtAsInBenthosSignerOrder() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path pem = pem("rsa.pem", keys.getPrivate().getEncoded());
        send("""
                jwt:
                  enabled: true
                  private_key_file: %s
                  signing_method: RS256
                basic_auth:
                  enabled: true
                  username: al:ice
                  password: pä55
                """.formatted(pem), "x");
        assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("al:ice:pä55".getBytes(StandardCharsets.UTF_8)));
    }

    private Path pem(String name, byte[] pkcs8) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n");
        return file;
    }

    private static String bearer(String header) {
        assertThat(header).startsWith("Bearer ");
        return header.substring("Bearer ".length());
    }

    private static void verify(String token, String algorithm, PublicKey key) throws Exception {
        int lastDot = token.lastIndexOf('.');
        Signature s = Signature.getInstance(algorithm);
        s.initVerify(key);
        s.update(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        assertThat(s.verify(Base64.getUrlDecoder().decode(token.substring(lastDot + 1)))).isTrue();
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
