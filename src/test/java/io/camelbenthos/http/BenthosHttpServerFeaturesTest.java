package io.camelbenthos.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.testing.SelfSignedCertificate;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenthosHttpServerFeaturesTest extends HttpTestSupport {
    private boolean basicAuth;

    @Override
    protected void customize(HttpServerSettings settings) {
        if (basicAuth) {
            settings.setBasicAuthEnabled(true);
            settings.setBasicAuthUsername("admin");
            settings.setBasicAuthRealm("benthos");
            settings.setBasicAuthPasswordHash(sha256Base64("secret"));
        }
    }

    private static String sha256Base64(String s) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private RouteBuilder routes(String... uris) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (String uri : uris) {
                    from(uri).process(SyncResponses::store);
                }
            }
        };
    }

    @Test
    void multipartRequestIsOneBatchAndSeveralResponsesAreAMultipartReply() throws Exception {
        start(routes(shared("/post")));
        String boundary = "xYzZY";
        String body = "--xYzZY\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nfirst part\r\n"
                + "--xYzZY\r\nContent-Type: application/json\r\n\r\n<html><body>second</body></html>\r\n--xYzZY--\r\n";
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(url("/post"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        String contentType = r.headers().firstValue("Content-Type").orElseThrow();
        assertThat(contentType).startsWith("multipart/form-data; boundary=");
        List<byte[]> parts = Multipart.parse(r.body(), contentType);
        assertThat(parts).extracting(b -> new String(b, StandardCharsets.UTF_8))
                .containsExactly("first part", "<html><body>second</body></html>");
        String text = new String(r.body(), StandardCharsets.UTF_8);
        // parts are sniffed: the default header key is "Content-Type", not the literal "content-type" (§1.7)
        assertThat(text).contains("Content-Type: text/plain; charset=utf-8").contains("Content-Type: text/html; charset=utf-8");
    }

    /**
     * A multipart body without parts is an empty batch: Benthos hands it on as a transaction of no message, which
     * acks with nothing stored, so the reply is 200 with an empty body (input_received counts 0, the round trip is
     * timed).
     */
    @Test
    void multipartRequestWithoutPartsIsAnEmptyBatchThatAcks() throws Exception {
        AtomicInteger routed = new AtomicInteger();
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/post?label=in")).process(e -> routed.incrementAndGet()).process(SyncResponses::store);
            }
        });
        for (String type : List.of("multipart/form-data; boundary=x", "multipart/mixed; boundary=x")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(url("/post")).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("--x--")).build());
            assertThat(r.statusCode()).as(type).isEqualTo(200);
            assertThat(r.body()).as(type).isEmpty();
            assertThat(r.headers().firstValue("Content-Type")).as(type).isEmpty();
        }
        assertThat(routed).hasValue(0);
        assertThat(get("/metrics").body())
                .containsPattern("input_received\\{label=\"in\",[^}]*} 0\n")
                .containsPattern("input_latency_ns_count\\{label=\"in\",[^}]*} 2\n");
    }

    @Test
    void brokenMultipartIs400() throws Exception {
        start(routes(shared("/post")));
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/post"))
                .header("Content-Type", "multipart/form-data; boundary=nope")
                .POST(HttpRequest.BodyPublishers.ofString("garbage")).build());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo("Bad request\n");
    }

    @Test
    void customAddressAndSharedServerSideBySide() throws Exception {
        int custom = AvailablePortFinder.find().getPort();
        start(routes(shared("/a"), "benthos-http:127.0.0.1:" + custom + "/b"));
        assertThat(post("/a", "on shared").body()).isEqualTo("on shared");
        assertThat(post("/benthos/a", "under root").body()).isEqualTo("under root");
        HttpResponse<String> b = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + custom + "/b"))
                .POST(HttpRequest.BodyPublishers.ofString("on custom")).build());
        assertThat(b.body()).isEqualTo("on custom");
        // a dedicated server has only the input's own path: no /ping, no root path
        assertThat(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + custom + "/ping")).build())
                .statusCode()).isEqualTo(404);
        assertThat(post("/b", "x").statusCode()).isEqualTo(404);
    }

    @Test
    void serviceEndpoints() throws Exception {
        start(routes(shared("/post?label=in")));
        post("/post", "count me");
        assertThat(get("/ping").body()).isEqualTo("pong");
        assertThat(get("/benthos/ping").body()).isEqualTo("pong");
        assertThat(get("/version").body()).contains("\"version\"");
        HttpResponse<String> ready = get("/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"statuses\"").contains("\"connected\":true");
        HttpResponse<String> metrics = get("/metrics");
        assertThat(metrics.body()).containsPattern("input_received\\{label=\"in\",path=\"[^\"]+\",stream=\"\"} 1");
    }

    @Test
    void portThatCannotBeBoundFailsTheStart() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> start(routes("benthos-http:127.0.0.1:" + port + "/x")))
                    .hasStackTraceContaining("failed to bind to address 127.0.0.1:" + port);
        }
    }

    @Test
    void shutdownAnswers503WhileInFlightRequestsFinish() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/slow?timeout=20000")).process(e -> {
                    entered.countDown();
                    release.await(20, TimeUnit.SECONDS);
                    SyncResponses.store(e);
                });
            }
        });
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(HttpRequest.newBuilder(url("/slow"))
                .POST(HttpRequest.BodyPublishers.ofString("in flight")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(camel::stop);
        // Requests sent before the consumer starts closing are accepted (and wait like the first): send without
        // blocking and keep going until one is refused.
        HttpResponse<String> refused = null;
        for (int i = 0; i < 200 && refused == null; i++) {
            CompletableFuture<HttpResponse<String>> late = client.sendAsync(HttpRequest.newBuilder(url("/slow"))
                    .POST(HttpRequest.BodyPublishers.ofString("late")).build(), HttpResponse.BodyHandlers.ofString());
            try {
                refused = late.get(100, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException accepted) {
                // accepted before closing: it finishes once released
            }
        }
        assertThat(refused).isNotNull();
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).isEqualTo("Server closing\n");
        release.countDown();
        HttpResponse<String> finished = inFlight.get(20, TimeUnit.SECONDS);
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(finished.body()).isEqualTo("in flight");
        stopping.get(30, TimeUnit.SECONDS);
    }

    @Test
    void basicAuthGuardsTheSharedServer() throws Exception {
        basicAuth = true;
        start(routes(shared("/post")));
        HttpResponse<String> denied = post("/post", "x");
        assertThat(denied.statusCode()).isEqualTo(401);
        assertThat(denied.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"benthos\", charset=\"UTF-8\"");
        String good = Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8));
        String bad = Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8));
        assertThat(send(HttpRequest.newBuilder(url("/post")).header("Authorization", "Basic " + bad)
                .POST(HttpRequest.BodyPublishers.ofString("x")).build()).statusCode()).isEqualTo(401);
        HttpResponse<String> ok = send(HttpRequest.newBuilder(url("/post")).header("Authorization", "Basic " + good)
                .POST(HttpRequest.BodyPublishers.ofString("let me in")).build());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("let me in");
    }

    @Test
    void corsOnACustomAddress() throws Exception {
        int custom = AvailablePortFinder.find().getPort();
        start(routes("benthos-http:127.0.0.1:" + custom + "/post?corsEnabled=true&corsAllowedOrigins=http://a.example"));
        URI uri = URI.create("http://127.0.0.1:" + custom + "/post");
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri).header("Origin", "http://a.example")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://a.example");
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri).header("Origin", "http://a.example")
                .header("Access-Control-Request-Method", "PUT")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("PUT");
        HttpResponse<String> other = send(HttpRequest.newBuilder(uri).header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void tlsOnACustomAddressAddsTlsMetadata(@TempDir Path dir) throws Exception {
        SelfSignedCertificate cert = SelfSignedCertificate.create(dir);
        int custom = AvailablePortFinder.find().getPort();
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from("benthos-http:127.0.0.1:" + custom + "/post?certFile=" + cert.certificateFile()
                        + "&keyFile=" + cert.privateKeyFile())
                        .setBody(simple("${header.http_server_tls_version}"))
                        .process(SyncResponses::store);
            }
        });
        HttpClient tlsClient = HttpClient.newBuilder().sslContext(trustAll()).build();
        HttpResponse<String> r = tlsClient.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + custom + "/post"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("TLSv1.");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).GET().build());
    }

    private static SSLContext trustAll() throws Exception {
        TrustManager tm = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {tm}, null);
        return ctx;
    }
}
