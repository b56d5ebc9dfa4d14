package io.camelbenthos.e2e;

import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.translate.BenthosRoutes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;

/**
 * Runs one config file of {@code routes/} through the real runtime (env interpolation, {@code --set} overrides,
 * translation, a real CamelContext) on a port of its own, and talks to it with {@link HttpClient}.
 */
final class RouteHarness implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final CamelContext camel;
    private final int port;

    private RouteHarness(CamelContext camel, int port) {
        this.camel = camel;
        this.port = port;
    }

    /**
     * Starts {@code routes/<file>} with the given variables (on top of the process environment) and overrides; the
     * service-wide HTTP server goes on a free loopback port.
     */
    static RouteHarness start(String file, Map<String, String> env, String... sets) throws Exception {
        Path path = Path.of("routes", file);
        return startYaml(path.toString(), Files.readString(path), env, sets);
    }

    /** As {@link #start} for a config given inline. */
    static RouteHarness startYaml(String location, String yaml, Map<String, String> env, String... sets)
            throws Exception {
        int port = AvailablePortFinder.find().getPort();
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putAll(env);
        List<String> overrides = new ArrayList<>(List.of("http.address=127.0.0.1:" + port));
        overrides.addAll(List.of(sets));
        ConfigLoader loader = new ConfigLoader(ComponentRegistry.defaultRegistry(), environment, overrides);
        CamelContext camel = new DefaultCamelContext();
        // Tests with an unreachable Kafka leave a write retrying forever (fan_out); don't wait 45 s for it on close.
        camel.getShutdownStrategy().setTimeout(2);
        try {
            camel.addRoutes(BenthosRoutes.fromYaml(location, yaml, loader));
            camel.start();
        } catch (Exception | Error e) {
            camel.stop();
            throw e;
        }
        return new RouteHarness(camel, port);
    }

    int port() {
        return port;
    }

    /** POSTs {@code body} to {@code /post}, as curl would, and returns the response. */
    HttpResponse<String> post(String body, String... headers) throws IOException, InterruptedException {
        return post(port, "/post", body, headers);
    }

    /** GETs {@code path} from the service-wide server (e.g. {@code /ready}). */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(int port, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        camel.stop();
    }
}
