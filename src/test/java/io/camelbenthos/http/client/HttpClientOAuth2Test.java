package io.camelbenthos.http.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.http.client.RecordingServer.Reply;
import io.camelbenthos.testing.StreamHarness;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** http_client's {@code oauth2} block against a real token endpoint and a real resource server. */
class HttpClientOAuth2Test {
    @RegisterExtension
    final HttpTestBench bench = new HttpTestBench();
    private final RecordingServer server = bench.server();
    private final AtomicInteger issued = new AtomicInteger();
    private StreamHarness stream;

    private void start(String oauth2, int retries) throws Exception {
        stream = bench.startClient("""
                url: %s
                retries: %d
                retry_period: 10ms
                oauth2:
                  enabled: true
                  token_url: %s
                %s""".formatted(server.url("/resource"), retries, server.url("/token"), oauth2.indent(2)));
    }

    private Exchange send(String body) {
        return stream.send("in", body);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void clientCredentialsTokenIsFetchedOnceAndSentAsBearer() throws Exception {
        server.on("/token", r -> Reply.json(200, "{\"access_token\":\"tok-" + issued.incrementAndGet()
                + "\",\"token_type\":\"bearer\",\"expires_in\":3600}"));
        start("""
                client_key: my id
                client_secret: s&cret
                scopes: [read, write]
                endpoint_params:
                  audience: [api, other]
                """, 0);
        assertThat(send("one").getException()).isNull();
        assertThat(send("two").getException()).isNull();
        assertThat(server.requests("/token")).hasSize(1);
        RecordingServer.Request token = server.requests("/token").get(0);
        assertThat(token.method()).isEqualTo("POST");
        assertThat(token.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        // Go: credentials query-escaped in a Basic header first; the form is url.Values.Encode (sorted keys)
        assertThat(token.header("Authorization")).isEqualTo(basic("my+id", "s%26cret"));
        assertThat(token.text()).isEqualTo(
                "audience=api&audience=other&grant_type=client_credentials&scope=read+write");
        assertThat(server.requests("/resource")).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer tok-1", "Bearer tok-1");
    }

    @Test
    void credentialsMoveIntoTheFormWhenTheHeaderIsRefusedAndThatIsRemembered() throws Exception {
        server.on("/token", r -> r.header("Authorization") != null
                ? Reply.json(401, "{\"error\":\"invalid_client\"}")
                : Reply.text(200, "access_token=form-" + issued.incrementAndGet() + "&token_type=mac"));
        start("""
                client_key: id
                client_secret: secret
                """, 0);
        assertThat(send("one").getException()).isNull();
        assertThat(server.requests("/token")).extracting(RecordingServer.Request::text).containsExactly(
                "grant_type=client_credentials", "client_id=id&client_secret=secret&grant_type=client_credentials");
        assertThat(server.requests("/resource").get(0).header("Authorization")).isEqualTo("MAC form-1");
    }

    @Test
    void aTokenCloseToExpiryIsFetchedAgain() throws Exception {
        // golang.org/x/oauth2 refreshes 10 s before expiry: a 5 s token is stale at once, so every request fetches
        server.on("/token", r -> Reply.json(200, "{\"access_token\":\"t" + issued.incrementAndGet()
                + "\",\"expires_in\":5}"));
        start("client_key: id", 0);
        send("one");
        send("two");
        assertThat(server.requests("/resource")).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer t1", "Bearer t2");
    }

    @Test
    void refreshTokenGrantUsesTheBootstrappedTokenThenTheIssuedOne() throws Exception {
        server.on("/token", r -> Reply.json(200, "{\"access_token\":\"a" + issued.incrementAndGet()
                + "\",\"refresh_token\":\"r" + issued.get() + "\",\"expires_in\":1}"));
        start("""
                client_key: id
                client_secret: secret
                scopes: [ignored]
                endpoint_params:
                  grant_type: [refresh_token]
                  refresh_token: [bootstrap]
                """, 0);
        send("one");
        send("two");
        assertThat(server.requests("/token")).extracting(RecordingServer.Request::text).containsExactly(
                "grant_type=refresh_token&refresh_token=bootstrap", "grant_type=refresh_token&refresh_token=r1");
        assertThat(server.requests("/resource").get(1).header("Authorization")).isEqualTo("Bearer a2");
    }

    @Test
    void aFailedTokenFetchIsATransportErrorThatIsRetried() throws Exception {
        server.on("/token", r -> Reply.text(503, "try later"));
        start("client_key: id", 1);
        Exchange e = send("x");
        String url = server.url("/resource");
        // Go: SendToResponse prefixes the URL to the client's url.Error, which wraps the oauth2 RetrieveError
        assertThat(e.getException()).hasMessage(url + ": Post \"" + url
                + "\": oauth2: cannot fetch token: 503 Service Unavailable\nResponse: try later");
        // two attempts, each probing the header style then the form style
        assertThat(server.requests("/token")).hasSize(4);
        assertThat(server.requests("/resource")).isEmpty();
    }

    @Test
    void anOAuthErrorResponseKeepsItsCodeAndDescription() throws Exception {
        server.on("/token", r -> Reply.json(400,
                "{\"error\":\"invalid_scope\",\"error_description\":\"no \\\"admin\\\" here\"}"));
        start("scopes: [admin]", 0);
        assertThat(send("x").getException().getMessage())
                .endsWith(": oauth2: \"invalid_scope\" \"no \\\"admin\\\" here\"");
    }
}
