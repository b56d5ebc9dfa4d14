package io.camelbenthos.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;

/** A real Camel context with real Vert.x servers, talked to with the JDK's HttpClient over loopback. */
abstract class HttpTestSupport {
    protected final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    protected CamelContext camel;
    protected int sharedPort;

    /** Starts a context with these routes; the shared server listens on a free loopback port. */
    protected void start(RouteBuilder routes) throws Exception {
        sharedPort = AvailablePortFinder.find().getPort();
        camel = new DefaultCamelContext();
        HttpServerSettings settings = new HttpServerSettings();
        settings.setAddress("127.0.0.1:" + sharedPort);
        camel.getRegistry().bind("shared", settings);
        customize(settings);
        camel.addRoutes(routes);
        camel.start();
    }

    /** Hook to adjust the shared server's settings before start. */
    protected void customize(HttpServerSettings settings) {
    }

    @AfterEach
    void stopCamel() {
        if (camel != null) {
            camel.stop();
        }
    }

    protected String shared(String path) {
        return "benthos-http:" + path + (path.contains("?") ? "&" : "?") + "serverSettings=#shared";
    }

    protected URI url(String path) {
        return URI.create("http://127.0.0.1:" + sharedPort + path);
    }

    protected HttpResponse<String> post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    protected HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
