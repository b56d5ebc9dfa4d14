package io.camelbenthos.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.runtime.StreamsRunner;
import io.camelbenthos.translate.BenthosRoutes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

/** The runner serves the service endpoints for the whole run, even when no input uses the shared server. */
class ServiceWideServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readyAndPingWithoutAnHttpServerInput() throws Exception {
        int port = AvailablePortFinder.find().getPort();
        int closed = AvailablePortFinder.find().getPort();
        String yaml = """
                http:
                  address: 127.0.0.1:%d
                input:
                  generate:
                    mapping: 'root = "tick"'
                    interval: 1h
                output:
                  kafka:
                    addresses: [ 127.0.0.1:%d ]
                    topic: ticks
                shutdown_timeout: 2s
                """.formatted(port, closed);
        try (StreamsRunner runner = new StreamsRunner(List.of(
                BenthosRoutes.translate(ConfigLoader.standard().parse("svc.yaml", yaml))))) {
            runner.start();
            assertThat(get(port, "/ping").body()).isEqualTo("pong");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            HttpResponse<String> ready = get(port, "/ready");
            while (!ready.body().contains("\"error\"") && System.nanoTime() < deadline) {
                Thread.sleep(50); // polling an HTTP endpoint: there is nothing to wait on in-process
                ready = get(port, "/ready");
            }
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).isEqualTo("{\"statuses\":["
                    + "{\"label\":\"\",\"path\":\"root.input\",\"connected\":true},"
                    + "{\"label\":\"\",\"path\":\"root.output\",\"connected\":false,\"error\":\"kafka: client has run out"
                    + " of available brokers to talk to: dial tcp 127.0.0.1:" + closed
                    + ": connect: connection refused\"}]}\n");
        }
    }
}
