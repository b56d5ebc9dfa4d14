package io.camelbenthos.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.camel.main.Main;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding example with the application's own HTTP server (camel-platform-http-main,
 * {@code camel.server.enabled=true}): an http_server input without an address mounts its paths on that server, next to
 * the application's own platform-http routes on one port, with every Benthos semantic kept (status codes, the 408
 * timeout, multipart batches, rate limits); Benthos's own port is never bound.
 */
class PlatformHttpEmbeddingTest {
    @RegisterExtension
    AvailablePortFinder.Port port = AvailablePortFinder.find();
    @RegisterExtension
    AvailablePortFinder.Port benthosPort = AvailablePortFinder.find();

    @TempDir
    Path routes;
    private Main main;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
    }

    /** Starts the example application on the application's own server with {@code yaml} as its Benthos config. */
    private void start(String yaml) throws Exception {
        Files.writeString(routes.resolve("benthos.yaml"), yaml);
        main = PlatformHttpApplication.start(routes, port.getPort());
    }

    private HttpResponse<String> send(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getPort() + path))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void benthosPathsAndTheApplicationsRoutesShareOnePort() throws Exception {
        start("""
                http:
                  address: 127.0.0.1:%d
                input:
                  http_server:
                    path: /shout
                pipeline:
                  processors:
                    - mapping: root = content().uppercase()
                output:
                  sync_response: {}
                """.formatted(benthosPort.getPort()));

        assertThat(send("/shout", "foo bar").body()).isEqualTo("FOO BAR");
        assertThat(send("/hello", "").body()).isEqualTo("hello from the application");
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getPort() + "/ping")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("pong");
        assertThat(send("/nothing/here", "x").statusCode()).isEqualTo(404);
        // the runner's own server is not bound: the application's server is the only one
        try (java.net.ServerSocket free = new java.net.ServerSocket(benthosPort.getPort(), 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThat(free.getLocalPort()).isEqualTo(benthosPort.getPort());
        }
    }

    @Test
    void statusCodesHeadersAndTheWrongVerbAreBenthoss() throws Exception {
        start("""
                input:
                  http_server:
                    path: /created
                    sync_response:
                      status: '${! @code }'
                      headers: {X-Id: '${! @id }'}
                pipeline:
                  processors:
                    - mapping: |
                        root = content().uppercase()
                        meta code = "201"
                        meta id = "42"
                output:
                  sync_response: {}
                """);

        HttpResponse<String> created = send("/created", "new");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).isEqualTo("NEW");
        assertThat(created.headers().firstValue("X-Id")).hasValue("42");
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port.getPort() + "/created")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.body()).isEqualTo("Incorrect method\n");
    }

    @Test
    void aTimeoutIs408AndANackIs502() throws Exception {
        start("""
                input:
                  broker:
                    inputs:
                      - http_server: {path: /slow, timeout: 300ms}
                      - http_server: {path: /nack}
                pipeline:
                  processors:
                    - switch:
                        - check: '@http_server_request_path == "/slow"'
                          processors:
                            - sleep: {duration: 3s}
                output:
                  reject: 'refused: ${! content() }'
                """);

        HttpResponse<String> slow = send("/slow", "x");
        assertThat(slow.statusCode()).isEqualTo(408);
        assertThat(slow.body()).isEqualTo("Request timed out\n");
        HttpResponse<String> nack = send("/nack", "y");
        assertThat(nack.statusCode()).isEqualTo(502);
        assertThat(nack.body()).contains("refused: y");
    }

    @Test
    void aMultipartRequestIsOneBatchAndSeveralResponsesAMultipartReply() throws Exception {
        start("""
                input:
                  http_server:
                    path: /batch
                pipeline:
                  processors:
                    - mapping: root = content().uppercase() + " of " + batch_size().string()
                    - sync_response: {}
                output:
                  drop: {}
                """);
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Type: text/plain\r\n\r\nfirst\r\n--" + boundary
                + "\r\nContent-Type: text/plain\r\n\r\nsecond\r\n--" + boundary + "--\r\n";

        HttpResponse<String> reply = send("/batch", body, "Content-Type", "multipart/mixed; boundary=" + boundary);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("multipart/form-data; boundary="));
        assertThat(reply.body()).contains("FIRST of 2", "SECOND of 2");
    }

    @Test
    void aRateLimitedRequestGets429WithRetryAfter() throws Exception {
        start("""
                input:
                  http_server:
                    path: /limited
                    rate_limit: one
                rate_limit_resources:
                  - label: one
                    local: {count: 1, interval: 1h}
                pipeline:
                  processors:
                    - mapping: root = "ok"
                output:
                  sync_response: {}
                """);

        assertThat(send("/limited", "a").body()).isEqualTo("ok");
        HttpResponse<String> refused = send("/limited", "b");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }
}
