package io.camelbenthos.http.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.camelbenthos.runtime.InputLifecycle;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code http_client} input against a real local HTTP server: polling with pagination, and stream mode. */
class HttpClientInputTest {
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/items", this::page);
        server.createContext("/stream", e -> {
            e.sendResponseHeaders(200, 0);
            try (OutputStream out = e.getResponseBody()) {
                for (String line : List.of("a", "b", "c")) {
                    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Pages 1 to 3 as {"page":n}, then empty bodies; every request is recorded. */
    private void page(HttpExchange e) throws IOException {
        String body = new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(e.getRequestMethod() + " " + e.getRequestURI() + " " + e.getRequestHeaders().getFirst("X-Token")
                + " " + body);
        int page = Integer.parseInt(e.getRequestURI().getQuery().replace("page=", ""));
        byte[] out = page <= 3 ? ("{\"page\":" + page + "}").getBytes(StandardCharsets.UTF_8) : new byte[0];
        e.getResponseHeaders().add("X-Page", String.valueOf(page));
        e.sendResponseHeaders(page <= 3 ? 200 : 204, out.length == 0 ? -1 : out.length);
        e.getResponseBody().write(out);
        e.close();
    }

    @Test
    void pollingRequestsPageAfterPageInterpolatingThePreviousResponse() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  http_client:
                    url: '%s/items?page=${! json("page").or(0) + 1 }'
                    verb: POST
                    headers: {X-Token: secret}
                    payload: 'after ${! json("page").or("none") }'
                    rate_limit: slow
                    extract_headers: {include_prefixes: [x-page]}
                pipeline:
                  processors:
                    - mapping: 'root = "%%v %%v %%v".format(this.page, @http_status_code, meta("x-page"))'
                output:
                  test_sink: {name: out}
                rate_limit_resources:
                  - label: slow
                    local: {count: 1, interval: 50ms}
                """.formatted(base()))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> TestComponents.sink("out").size() >= 3);
            assertThat(TestComponents.sink("out")).startsWith("1 200 1", "2 200 2", "3 200 3");
            assertThat(requests).startsWith("POST /items?page=1 secret after none",
                    "POST /items?page=2 secret after 1", "POST /items?page=3 secret after 2");
            // empty bodies are dropped, and the next request still follows the last page delivered
            await().atMost(Duration.ofSeconds(20)).until(() -> requests.size() >= 5);
            assertThat(requests.get(4)).startsWith("POST /items?page=4 ");
            assertThat(TestComponents.sink("out")).hasSize(3);
        }
    }

    @Test
    void streamModeScansTheBodyAndEndsWithoutReconnect() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  http_client:
                    url: '%s/stream'
                    stream: {enabled: true, reconnect: false}
                output:
                  test_sink: {name: out}
                """.formatted(base()))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> InputLifecycle.of(h.camel()).isClosed("test"));
            assertThat(TestComponents.sink("out")).containsExactly("a", "b", "c");
        }
    }

    @Test
    void streamModeRefusesWhatOneLongRequestCannotHonour() {
        assertThatThrownBy(() -> new StreamHarness("""
                input:
                  http_client:
                    url: 'http://127.0.0.1:1/${! json("x") }'
                    stream: {enabled: true}
                output: {drop: {}}
                """)).hasMessageContaining("test.yaml:3:").hasMessageContaining("url is used once and cannot hold "
                        + "interpolations");
        assertThatThrownBy(() -> new StreamHarness("""
                input:
                  http_client:
                    url: 'http://127.0.0.1:1/'
                    stream: {enabled: true, scanner: {chunker: {}}}
                output: {drop: {}}
                """)).hasMessageContaining("chunker scanner: field size is required");
    }
}
