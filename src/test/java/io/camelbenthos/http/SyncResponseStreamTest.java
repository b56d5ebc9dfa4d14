package io.camelbenthos.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.camelbenthos.translate.BenthosRoutes;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Benthos configs (the synchronous-responses guide and variations) translated and run against real HTTP. */
class SyncResponseStreamTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private CamelContext camel;
    private int port;

    private void run(String yamlWithoutHttpBlock) throws Exception {
        port = AvailablePortFinder.find().getPort();
        String yaml = "http:\n  address: 127.0.0.1:" + port + "\n" + yamlWithoutHttpBlock;
        camel = new DefaultCamelContext();
        BenthosMetrics.installIn(camel); // as the runner does before adding routes: steps are wrapped when built
        camel.addRoutes(BenthosRoutes.fromYaml("sync.yaml", yaml));
        camel.start();
    }

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void routingProcessedMessagesBack() throws Exception {
        run("""
                input:
                  http_server:
                    path: /post
                pipeline:
                  processors:
                    - bloblang: root = this.msg.uppercase()
                output:
                  sync_response: {}
                """);
        HttpResponse<String> r = post("/post", "{\"msg\":\"foo bar\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("FOO BAR");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    }

    private HttpResponse<byte[]> postMultipart(String path, String... parts) throws Exception {
        StringBuilder body = new StringBuilder();
        for (String part : parts) {
            body.append("--b0undary\r\nContent-Type: text/plain\r\n\r\n").append(part).append("\r\n");
        }
        body.append("--b0undary--\r\n");
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "multipart/mixed; boundary=b0undary")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** processors reference §1.5 case 1: a multipart request is one batch, its stored batch a multipart reply. */
    @Test
    void aMultipartRequestIsOneTransactionAndItsBatchIsTheMultipartReply() throws Exception {
        run("""
                input:
                  http_server:
                    path: /post
                pipeline:
                  processors:
                    - mapping: 'root = "%s %d/%d".format(content().string(), batch_index(), batch_size())'
                output:
                  broker:
                    pattern: fan_out
                    outputs:
                      - sync_response: {}
                      - drop: {}
                """);
        HttpResponse<byte[]> r = postMultipart("/post", "a", "b");
        assertThat(r.statusCode()).isEqualTo(200);
        String contentType = r.headers().firstValue("Content-Type").orElseThrow();
        assertThat(Multipart.parse(r.body(), contentType)).extracting(b -> new String(b, StandardCharsets.UTF_8))
                .containsExactly("a 0/2", "b 1/2");
    }

    /** One transaction, one nack: the whole multipart request gets the error response. */
    @Test
    void aNackOfAMultipartTransactionAnswersTheErrorOnce() throws Exception {
        run("""
                input:
                  http_server:
                    path: /post
                pipeline:
                  processors:
                    - mapping: 'root = if batch_index() == 1 { throw("second part") } else { content() }'
                output:
                  reject_errored:
                    sync_response: {}
                """);
        HttpResponse<byte[]> r = postMultipart("/post", "a", "b");
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("second part");
    }

    /**
     * Each fallback tier (and a reject_errored's child) is an output of its own in /metrics. The fallback itself is
     * not counted: Camel calls no intercept strategy for its doTry blocks.
     */
    @Test
    void metricsCountTheTiersOfAFallback() throws Exception {
        run("""
                input:
                  http_server:
                    path: /post
                output:
                  fallback:
                    - reject: nope
                    - reject_errored:
                        sync_response: {}
                """);
        assertThat(post("/post", "a").statusCode()).isEqualTo(200);
        String metrics = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics)
                .contains("output_error{label=\"\",path=\"root.output.fallback.0\",stream=\"sync\"} 1")
                .contains("output_sent{label=\"\",path=\"root.output.fallback.1\",stream=\"sync\"} 1")
                .contains("output_sent{label=\"\",path=\"root.output.fallback.1.reject_errored\",stream=\"sync\"} 1");
    }

    @Test
    void metricsCountInputsProcessorsAndOutputsByPath() throws Exception {
        run("""
                input:
                  http_server:
                    path: /post
                pipeline:
                  processors:
                    - bloblang: root = this.msg.uppercase()
                output:
                  sync_response: {}
                """);
        post("/post", "{\"msg\":\"a\"}");
        post("/post", "not json");
        String metrics = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics)
                .contains("input_received{label=\"\",path=\"root.input\",stream=\"sync\"} 2")
                .contains("processor_received{label=\"\",path=\"root.pipeline.processors.0\",stream=\"sync\"} 2")
                .contains("processor_sent{label=\"\",path=\"root.pipeline.processors.0\",stream=\"sync\"} 1")
                .contains("processor_error{label=\"\",path=\"root.pipeline.processors.0\",stream=\"sync\"} 1")
                .contains("output_sent{label=\"\",path=\"root.output\",stream=\"sync\"} 2");
    }

    /** The guide's configs verbatim (minus Kafka, which rt-kafka's tests cover): 'foo bar' in, 'FOO BAR' out. */
    @Test
    void guideExamplesVerbatim() throws Exception {
        run("""
                input:
                  http_server:
                    path: /post
                pipeline:
                  processors:
                    - bloblang: root = content().uppercase()
                output:
                  sync_response: {}
                """);
        assertThat(post("/post", "foo bar").body()).isEqualTo("FOO BAR");
        camel.stop();
        run("""
                input:
                  http_server:
                    path: /post
                pipeline:
                  processors:
                    - bloblang: root = "%v baz".format(content().string())
                    - sync_response: {}
                    - bloblang: root = content().uppercase()
                    - mapping: root = deleted()
                output:
                  drop: {}
                """);
        assertThat(post("/post", "foo bar").body()).isEqualTo("foo bar baz");
        camel.stop();
        run("""
                input:
                  http_server:
                    path: /post
                    sync_response:
                      status: '${! meta("status").or("200") }'
                pipeline:
                  processors:
                    - mutation: 'meta status = if content().string() == "teapot" { "418" }'
                output:
                  sync_response: {}
                """);
        assertThat(post("/post", "teapot").statusCode()).isEqualTo(418);
        assertThat(post("/post", "coffee").statusCode()).isEqualTo(200);
    }

    @Test
    void fanOutAnswersWithTheSyncResponseChildsCopy() throws Exception {
        run("""
                input:
                  http_server:
                    path: /post
                output:
                  broker:
                    pattern: fan_out
                    outputs:
                      - drop: {}
                      - sync_response: {}
                        processors:
                          - bloblang: root = this.msg.uppercase()
                """);
        assertThat(post("/post", "{\"msg\":\"foo bar\"}").body()).isEqualTo("FOO BAR");
    }

    @Test
    void partiallyProcessedResponseSurvivesLaterProcessingAndDeletion() throws Exception {
        run("""
                input:
                  http_server:
                    path: /post
                pipeline:
                  processors:
                    - bloblang: root = this.msg + " baz"
                    - sync_response: {}
                    - bloblang: root = "later"
                output:
                  drop: {}
                """);
        assertThat(post("/post", "{\"msg\":\"foo bar\"}").body()).isEqualTo("foo bar baz");
    }

    @Test
    void statusAndHeadersAreInterpolatedAgainstTheFirstStoredMessage() throws Exception {
        run("""
                input:
                  http_server:
                    path: /post
                    sync_response:
                      status: '${! @status }'
                      headers:
                        Content-Type: '${! @ct }'
                        x-echo: '${! this.msg }'
                pipeline:
                  processors:
                    - mutation: |
                        meta status = if this.msg == "teapot" { "418" } else { "200" }
                        meta ct = "application/json"
                output:
                  sync_response: {}
                """);
        HttpResponse<String> teapot = post("/post", "{\"msg\":\"teapot\"}");
        assertThat(teapot.statusCode()).isEqualTo(418);
        assertThat(teapot.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(teapot.headers().firstValue("X-Echo")).hasValue("teapot");
        assertThat(post("/post", "{\"msg\":\"fine\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void proxyWithPropagateResponse() throws Exception {
        HttpServer upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/post", ex -> {
            byte[] reply = ("proxied:" + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(201, reply.length);
            ex.getResponseBody().write(reply);
            ex.close();
        });
        upstream.start();
        try {
            run("""
                    input:
                      http_server:
                        path: /post
                        sync_response:
                          status: '${! @http_status_code }'
                    output:
                      http_client:
                        url: http://127.0.0.1:%d/post
                        verb: POST
                        propagate_response: true
                    """.formatted(upstream.getAddress().getPort()));
            HttpResponse<String> r = post("/post", "hello");
            assertThat(r.statusCode()).isEqualTo(201);
            assertThat(r.body()).isEqualTo("proxied:hello");
        } finally {
            upstream.stop(0);
        }
    }

    /** A multipart transaction to http_client: one request per message, each response stored (a multipart reply). */
    @Test
    void aMultipartProxyRequestSendsEachPartOnItsOwn() throws Exception {
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        HttpServer upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/post", ex -> {
            String text = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(text);
            byte[] reply = ("proxied:" + text).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, reply.length);
            ex.getResponseBody().write(reply);
            ex.close();
        });
        upstream.start();
        try {
            run("""
                    input:
                      http_server:
                        path: /post
                    output:
                      http_client:
                        url: http://127.0.0.1:%d/post
                        verb: POST
                        propagate_response: true
                    """.formatted(upstream.getAddress().getPort()));
            HttpResponse<byte[]> r = postMultipart("/post", "a", "b");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(seen).containsExactly("a", "b");
            String contentType = r.headers().firstValue("Content-Type").orElseThrow();
            assertThat(Multipart.parse(r.body(), contentType)).extracting(b -> new String(b, StandardCharsets.UTF_8))
                    .containsExactly("proxied:a", "proxied:b");
        } finally {
            upstream.stop(0);
        }
    }

    /** Two inputs under a broker, 200 concurrent requests: every reply belongs to its own request (§2.4.5). */
    @Test
    void brokerInputsUnderLoadAnswerEachRequestWithItsOwnResponse() throws Exception {
        run("""
                input:
                  broker:
                    inputs:
                      - http_server:
                          path: /a
                      - http_server:
                          path: /b
                pipeline:
                  processors:
                    - bloblang: root = this.msg.uppercase() + " via " + @http_server_request_path
                output:
                  sync_response: {}
                """);
        List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String path = i % 2 == 0 ? "/a" : "/b";
            replies.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"msg\":\"msg-" + i + "\"}")).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> r = replies.get(i).join();
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("MSG-" + i + " via " + (i % 2 == 0 ? "/a" : "/b"));
        }
    }
}
