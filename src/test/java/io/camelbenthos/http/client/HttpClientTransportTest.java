package io.camelbenthos.http.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.http.client.RecordingServer.Reply;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.translate.BenthosRoutes;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * http_client's {@code rate_limit}, {@code proxy_url}, {@code multipart} and multipart responses, end to end with
 * real servers, plus the config errors of these fields.
 */
class HttpClientTransportTest {
    private static final HttpClient JDK = HttpClient.newHttpClient();
    @RegisterExtension
    final HttpTestBench bench = new HttpTestBench();
    private final RecordingServer server = bench.server();
    private StreamHarness stream;

    @Test
    void eachRequestWaitsForTheRateLimit() throws Exception {
        stream = bench.start("""
                input:
                  test_direct:
                    name: in
                output:
                  http_client:
                    url: %s
                    rate_limit: slow
                rate_limit_resources:
                  - label: slow
                    local:
                      count: 1
                      interval: 150ms
                """.formatted(server.url("/limited")));
        assertThat(stream.send("in", "m0").getException()).isNull();
        long start = System.nanoTime();
        for (int i = 1; i < 4; i++) {
            assertThat(stream.send("in", "m" + i).getException()).isNull();
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(server.requests("/limited")).extracting(RecordingServer.Request::text)
                .containsExactly("m0", "m1", "m2", "m3");
        // One access per interval, and an interval starts when an empty bucket refills: m1 refills at or after
        // start, so m2 and m3 each wait a whole interval after it (a lower bound only, never flaky).
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void requestsGoThroughTheProxyWithItsCredentials() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // A forward proxy: it gets the absolute URI, records it, and relays the request to the origin.
        proxy.createContext("/", ex -> {
            seen.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " "
                    + ex.getRequestHeaders().getFirst("Proxy-Authorization"));
            byte[] body = ex.getRequestBody().readAllBytes();
            try {
                HttpResponse<byte[]> origin = JDK.send(HttpRequest.newBuilder(ex.getRequestURI())
                        .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                ex.sendResponseHeaders(origin.statusCode(), origin.body().length == 0 ? -1 : origin.body().length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(origin.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ex.sendResponseHeaders(502, -1);
            }
        });
        proxy.start();
        try {
            stream = bench.startClient("""
                    url: %s
                    retries: 0
                    proxy_url: http://bob:pw@127.0.0.1:%d
                    """.formatted(server.url("/behind?x=1"), proxy.getAddress().getPort()));
            assertThat(stream.send("in", "via proxy").getException()).isNull();
        } finally {
            proxy.stop(0);
        }
        assertThat(seen).containsExactly("POST " + server.url("/behind?x=1") + " Basic Ym9iOnB3");
        assertThat(server.requests("/behind").get(0).text()).isEqualTo("via proxy");
    }

    @Test
    void explicitMultipartPartsAreTheRequestBody() throws Exception {
        stream = bench.start("""
                input:
                  test_direct:
                    name: in
                pipeline:
                  processors:
                    - mutation: 'meta id = "42"'
                output:
                  http_client:
                    url: %s
                    headers:
                      Content-Type: text/ignored
                    multipart:
                      - content_type: application/json
                        content_disposition: 'form-data; name="meta"'
                        body: '{"id":"${! @id }"}'
                      - content_type: text/plain
                        content_disposition: 'form-data; name="file"; filename="f${! @id }.txt"'
                        body: '${! content().uppercase() }'
                      - {}
                """.formatted(server.url("/upload")));
        assertThat(stream.send("in", "hello").getException()).isNull();
        RecordingServer.Request r = server.requests("/upload").get(0);
        Matcher m = Pattern.compile("multipart/form-data; boundary=([0-9a-f]{60})").matcher(r.header("Content-Type"));
        assertThat(m.matches()).as(r.header("Content-Type")).isTrue();
        String b = m.group(1);
        assertThat(r.text()).isEqualTo("--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"id\":\"42\"}"
                + "\r\n--" + b + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"f42.txt\"\r\nContent-Type: text/plain\r\n"
                + "\r\nHELLO"
                + "\r\n--" + b + "\r\nContent-Disposition: \r\nContent-Type: \r\n\r\n"
                + "\r\n--" + b + "--\r\n");
    }

    @Test
    void aMultipartResponseBecomesOneSyncResponseMessagePerPart() throws Exception {
        server.on("/parts", r -> new Reply(201, Map.of("Content-Type", "multipart/mixed; boundary=xyz"),
                ("--xyz\r\nContent-Type: text/plain\r\n\r\nfirst:" + r.text() + "\r\n--xyz\r\n\r\nsecond\r\n--xyz--\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        URI post = bench.startServedClient("""
                url: %s
                propagate_response: true
                """.formatted(server.url("/parts")));
        HttpResponse<String> reply = JDK.send(HttpRequest.newBuilder(post)
                .POST(HttpRequest.BodyPublishers.ofString("in")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("multipart/"));
        assertThat(reply.body()).contains("first:in").contains("second");
        assertThat(reply.body().indexOf("first:in")).isLessThan(reply.body().indexOf("second"));
    }

    /** No part is an empty response batch: Benthos stores nothing (SetAsResponse finds no store) and the write acks. */
    @Test
    void aMultipartResponseWithNoPartStoresNothing() throws Exception {
        server.on("/none", r -> new Reply(201, Map.of("Content-Type", "multipart/mixed; boundary=xyz"),
                "--xyz--\r\n".getBytes(StandardCharsets.UTF_8)));
        URI post = bench.startServedClient("""
                url: %s
                propagate_response: true
                """.formatted(server.url("/none")));
        HttpResponse<String> reply = JDK.send(HttpRequest.newBuilder(post)
                .POST(HttpRequest.BodyPublishers.ofString("in")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
        assertThat(reply.headers().firstValue("Content-Type")).isEmpty();
    }

    @Test
    void dumpRequestLogLevelLogsEachAttemptAsAnAccessLog() throws Exception {
        server.on("/dump", r -> Reply.json(202, "{\"ok\":true}"));
        stream = bench.startClient("""
                url: %s
                dump_request_log_level: WARN
                """.formatted(server.url("/dump")));
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(stream.send("in", "{\"a\":1}").getException()).isNull();
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("http request log access_log={")
                .contains("\"request\":{\"body\":{\"a\":1},")
                .contains("\"method\":\"POST\"")
                .contains("\"response\":{\"body\":{\"ok\":true},\"content_length\":11,");
    }

    @Test
    void badFieldsAreConfigErrorsWithPositions() {
        assertThat(errors("""
                output:
                  http_client:
                    url: http://127.0.0.1/
                    proxy_url: ftp://proxy
                """)).containsExactly(
                "c.yaml:4:16: http_client: proxy_url scheme 'ftp' is not supported (use http or socks5)");
        assertThat(errors("""
                output:
                  http_client:
                    url: http://127.0.0.1/
                    oauth2:
                      enabled: true
                      endpoint_params:
                        audience: api
                """)).containsExactly(
                "c.yaml:7:9: field must be an object containing arrays of strings, got \"api\" (string)");
        assertThat(ConfigLoader.standard().lint("c.yaml", """
                output:
                  http_client:
                    url: http://127.0.0.1/
                    dump_request_log_level: LOUD
                    rate_limit: nowhere
                """)).anySatisfy(e -> assertThat(e).startsWith("c.yaml:4:29: "))
                .anySatisfy(e -> assertThat(e).startsWith("c.yaml:5:17: "));
    }

    private static List<String> errors(String yaml) {
        try {
            BenthosRoutes.fromYaml("c.yaml", yaml);
        } catch (ConfigException e) {
            return e.errors();
        }
        return List.of();
    }

    @Test
    void unsupportedProxySchemesAreRefusedBeforeRunning() {
        assertThatThrownBy(() -> VertxHttpUri.proxy("https://p:443", null)).isInstanceOf(ConfigException.class);
        assertThat(VertxHttpUri.proxy("socks5://127.0.0.1", null).getPort()).isEqualTo(1080);
        assertThat(VertxHttpUri.proxy("http://[::1]", null).getHost()).isEqualTo("::1");
    }
}
