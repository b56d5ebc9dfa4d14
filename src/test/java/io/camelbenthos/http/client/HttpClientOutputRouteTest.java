package io.camelbenthos.http.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.camelbenthos.http.HttpServerSettings;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** http_client steps between a real benthos-http input and a real downstream JDK HTTP server. */
class HttpClientOutputRouteTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, Map<String, List<String>>> seenHeaders = new ConcurrentHashMap<>();
    private HttpServer downstream;
    private CamelContext camel;
    private int inPort;

    @BeforeEach
    void startDownstream() throws Exception {
        downstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        downstream.createContext("/", this::answer);
        downstream.start();
    }

    private void answer(HttpExchange ex) throws java.io.IOException {
        String path = ex.getRequestURI().getPath();
        hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        seenHeaders.put(path, Map.copyOf(ex.getRequestHeaders()));
        byte[] body = ex.getRequestBody().readAllBytes();
        int status = Integer.parseInt(path.substring(1, 4));
        byte[] reply = status == 500 ? "boom\nagain".getBytes(StandardCharsets.UTF_8)
                : ("UP:" + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("X-Up", "v");
        ex.sendResponseHeaders(status, reply.length);
        ex.getResponseBody().write(reply);
        ex.close();
    }

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        downstream.stop(0);
    }

    private String downstreamUrl(String path) {
        return "http://127.0.0.1:" + downstream.getAddress().getPort() + path;
    }

    private void start(HttpRequestPreparer preparer, HttpResponseClassifier classifier, String inputOptions)
            throws Exception {
        inPort = AvailablePortFinder.find().getPort();
        camel = new DefaultCamelContext();
        HttpServerSettings settings = new HttpServerSettings();
        settings.setAddress("127.0.0.1:" + inPort);
        camel.getRegistry().bind("shared", settings);
        camel.getRegistry().bind("prep", preparer);
        camel.getRegistry().bind("classify", classifier);
        camel.getRegistry().bind("outcome", new HttpCallOutcome());
        String endpoint = new VertxHttpUri(preparer.getUrl(), 2000).toString();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                HttpClientSteps.append(from("benthos-http:/post?serverSettings=#shared" + inputOptions),
                        endpoint, "prep", null, "classify", "outcome");
            }
        });
        camel.start();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + inPort + "/post"))
                .header("X-Request-Id", "secret-request-header")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequestPreparer preparer(String url) {
        HttpRequestPreparer p = new HttpRequestPreparer();
        p.setUrl(url);
        return p;
    }

    private static HttpResponseClassifier fastRetries(int retries) {
        HttpResponseClassifier c = new HttpResponseClassifier();
        c.setRetries(retries);
        c.setRetryPeriod(5);
        c.setMaxRetryBackoff(20);
        return c;
    }

    @Test
    void propagatesTheResponseAsTheSyncReply() throws Exception {
        HttpResponseClassifier c = fastRetries(0);
        c.setPropagateResponse(true);
        c.setExtractHeaderPrefixes(List.of("x-"));
        start(preparer(downstreamUrl("/201")), c,
                "&metadataPattern.0=RAW(^(http_status_code|x-up)$)&responseHeader.Content-Type=text/plain");
        HttpResponse<String> r = post("foo bar");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("UP:foo bar");
        assertThat(r.headers().firstValue("Http_status_code")).hasValue("201");
        assertThat(r.headers().firstValue("X-Up")).hasValue("v");
        assertThat(r.headers().firstValue("X-Request-Id")).isEmpty();
    }

    @Test
    void requestHeadersNeverLeakDownstreamAndContentTypeIsForced() throws Exception {
        HttpRequestPreparer p = preparer(downstreamUrl("/200"));
        p.setHeaders(Map.of("content-type", "application/json", "X-Custom", "c"));
        start(p, fastRetries(0), "");
        assertThat(post("x").statusCode()).isEqualTo(200);
        Map<String, List<String>> headers = seenHeaders.get("/200");
        assertThat(headers).doesNotContainKey("X-request-id").doesNotContainKey("Cookie");
        assertThat(headers.keySet()).noneMatch(k -> k.startsWith("Camel") || k.startsWith("Http_server"));
        // Benthos checks for the exact key "Content-Type": a lower-case one is overwritten
        assertThat(headers.get("Content-type")).containsExactly("application/octet-stream");
        assertThat(headers.get("X-custom")).containsExactly("c");
    }

    @Test
    void failingDownstreamIsRetriedThenAnswers502WithBenthosText() throws Exception {
        start(preparer(downstreamUrl("/500")), fastRetries(2), "");
        HttpResponse<String> r = post("x");
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(r.body()).isEqualTo(downstreamUrl("/500")
                + ": HTTP request returned unexpected response code (500): 500 Internal Server Error, Error: boomagain\n");
        assertThat(hits.get("/500")).hasValue(3);
    }

    @Test
    void dropOnFailsWithoutRetrying() throws Exception {
        HttpResponseClassifier c = fastRetries(3);
        c.setDropOn(List.of(400));
        start(preparer(downstreamUrl("/400")), c, "");
        HttpResponse<String> r = post("x");
        assertThat(r.body()).contains("(400): 400 Bad Request");
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(hits.get("/400")).hasValue(1);
    }

    @Test
    void backoffOnRetriesEveryAttempt() throws Exception {
        start(preparer(downstreamUrl("/429")), fastRetries(2), "");
        assertThat(post("x").statusCode()).isEqualTo(502);
        assertThat(hits.get("/429")).hasValue(3);
    }

    @Test
    void successfulOnTurnsACodeIntoSuccess() throws Exception {
        HttpResponseClassifier c = fastRetries(3);
        c.setSuccessfulOn(List.of(404));
        c.setPropagateResponse(true);
        start(preparer(downstreamUrl("/404")), c, "");
        HttpResponse<String> r = post("x");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("UP:x");
        assertThat(hits.get("/404")).hasValue(1);
    }

    @Test
    void errorResponsesAreNeverPropagated() throws Exception {
        HttpResponseClassifier c = fastRetries(0);
        c.setPropagateResponse(true);
        start(preparer(downstreamUrl("/503")), c, "");
        HttpResponse<String> r = post("x");
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(r.body()).contains("(503): 503 Service Unavailable, Error: UP:x");
    }

    @Test
    void unreachableDownstreamNacksWithTheUrl() throws Exception {
        int closed = AvailablePortFinder.find().getPort();
        start(preparer("http://127.0.0.1:" + closed + "/x"), fastRetries(1), "");
        HttpResponse<String> r = post("x");
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(r.body()).startsWith("http://127.0.0.1:" + closed + "/x: ");
    }
}
