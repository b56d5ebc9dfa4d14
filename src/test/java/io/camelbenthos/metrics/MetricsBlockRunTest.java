package io.camelbenthos.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.camelbenthos.runtime.RunOptions;
import io.camelbenthos.runtime.StreamsLoader;
import io.camelbenthos.runtime.StreamsRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** A config's {@code metrics} block on a real run: what {@code /metrics} serves, pushes, files and log lines. */
@Isolated // one test swaps System.err to read the logger exporter's lines
class MetricsBlockRunTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private int port;

    private StreamsRunner start(String metrics) throws Exception {
        port = AvailablePortFinder.find().getPort();
        Path config = dir.resolve("m.yaml");
        Files.writeString(config, """
                http: {address: '127.0.0.1:%d'}
                input:
                  http_server: {path: /post}
                output:
                  sync_response: {}
                metrics:
                %s
                """.formatted(port, metrics.indent(2)));
        StreamsLoader loader = new StreamsLoader(RunOptions.of(config));
        StreamsRunner runner = new StreamsRunner(loader.load(List.of(config)));
        runner.start();
        return runner;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void post() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/post"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void jsonApiServesOneObjectOnMetricsAndStats() throws Exception {
        try (StreamsRunner runner = start("json_api: {}")) {
            post();
            HttpResponse<String> metrics = get("/metrics");
            assertThat(metrics.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(metrics.body()).startsWith("{").endsWith("}")
                    .contains("\"input_received{label=\\\"\\\",path=\\\"root.input\\\",stream=\\\"m\\\"}\":1")
                    .containsPattern("\"input_latency_ns\\{label=\\\\\"\\\\\"[^}]*}\":\\{\"p50\":\\d+,\"p90\":\\d+,\"p99\":\\d+}");
            assertThat(get("/stats").body()).isEqualTo(metrics.body());
        }
    }

    @Test
    void noneHasNoMetricsEndpoints() throws Exception {
        try (StreamsRunner runner = start("none: {}")) {
            post();
            assertThat(get("/metrics").statusCode()).isEqualTo(404);
            assertThat(get("/stats").statusCode()).isEqualTo(404);
            assertThat(get("/ping").body()).isEqualTo("pong");
            assertThat(get("/endpoints").body()).doesNotContain("/metrics");
        }
    }

    @Test
    void theMappingShapesWhatPrometheusServes() throws Exception {
        try (StreamsRunner runner = start("""
                mapping: |
                  root = if this != "input_received" { deleted() } else { "requests_total" }
                  meta stream = deleted()
                prometheus: {}
                """)) {
            post();
            post();
            assertThat(get("/metrics").body())
                    .isEqualTo("# TYPE requests_total counter\nrequests_total{label=\"\",path=\"root.input\"} 2\n");
        }
    }

    @Test
    void prometheusPushesToAGatewayAndWritesItsFileAtShutdown() throws Exception {
        List<String> pushed = new CopyOnWriteArrayList<>();
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/", exchange -> {
            pushed.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + "\n"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        gateway.start();
        Path file = dir.resolve("metrics.txt");
        try {
            try (StreamsRunner runner = start("""
                    prometheus:
                      push_url: http://127.0.0.1:%d/
                      push_interval: 50ms
                      push_job_name: orders
                      push_basic_auth: {username: u, password: p}
                      file_output_path: '%s'
                    """.formatted(gateway.getAddress().getPort(), file))) {
                post();
                await().atMost(Duration.ofSeconds(30)).until(() -> pushed.stream()
                        .anyMatch(p -> p.contains("input_received{label=\"\",path=\"root.input\",stream=\"m\"} 1")));
                assertThat(pushed.get(0)).startsWith("PUT /metrics/job/orders Basic dTpw\n");
            }
            assertThat(Files.readString(file)).contains("input_received{label=\"\",path=\"root.input\",stream=\"m\"} 1");
        } finally {
            gateway.stop(0);
        }
    }

    @Test
    void theLoggerExporterLogsEverySeriesAtShutdown() throws Exception {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try (StreamsRunner runner = start("logger: {}")) {
                post();
                assertThat(get("/metrics").statusCode()).isEqualTo(404);
            }
        } finally {
            System.setErr(originalErr);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .containsPattern("name=input_received.*value=1.*Counter metric|Counter metric.*name=input_received")
                .contains("Timing metric");
    }
}
