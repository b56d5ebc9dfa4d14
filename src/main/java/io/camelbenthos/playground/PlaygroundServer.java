package io.camelbenthos.playground;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Bloblang playground: {@code GET /} serves an editor page (mapping, input, live output) and
 * {@code POST /execute} takes {@code {"mapping": ..., "input": ...}} and answers
 * {@code {"parse_error": ..., "mapping_error": ..., "result": ...}}, the same JSON API as Benthos's
 * {@code blobl server}. The JDK's HTTP server is enough for a local, single-user tool.
 *
 * <p>Like Benthos's, it is meant for local experiments only: a mapping can read environment variables and files.
 */
public final class PlaygroundServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlaygroundState state;
    private final PlaygroundExecutor executor = new PlaygroundExecutor();
    private final PlaygroundPage page = new PlaygroundPage();
    private final HttpServer server;
    private final ExecutorService threads;

    private PlaygroundServer(PlaygroundState state, HttpServer server) {
        this.state = state;
        this.server = server;
        this.threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "blobl-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/execute", this::execute);
        server.createContext("/", this::index);
    }

    /** Binds {@code host:port} (port 0 picks a free one) and starts serving. */
    public static PlaygroundServer start(String host, int port, PlaygroundState state) throws IOException {
        PlaygroundServer playground = new PlaygroundServer(Objects.requireNonNull(state), HttpServer.create(new InetSocketAddress(host, port), 0));
        playground.server.start();
        return playground;
    }

    /** The port actually bound. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void execute(HttpExchange exchange) throws IOException {
        try (exchange) {
            ExecuteRequest request;
            try (InputStream body = exchange.getRequestBody()) {
                request = JSON.readValue(body, ExecuteRequest.class);
            } catch (JsonProcessingException e) {
                send(exchange, 400, "text/plain; charset=utf-8", e.getOriginalMessage() + "\n");
                return;
            }
            String mapping = Objects.requireNonNullElse(request.mapping(), "");
            String input = Objects.requireNonNullElse(request.input(), "");
            state.update(mapping, input);
            PlaygroundResult result;
            try {
                result = executor.execute(mapping, input);
            } catch (RuntimeException e) {
                // An engine bug must still answer, not drop the connection.
                send(exchange, 500, "text/plain; charset=utf-8", "internal error: " + e + "\n");
                return;
            }
            send(exchange, 200, "application/json", JSON.writeValueAsString(result));
        }
    }

    private void index(HttpExchange exchange) throws IOException {
        try (exchange) {
            send(exchange, 200, "text/html; charset=utf-8", page.render(state.mapping(), state.input()));
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** The body of {@code POST /execute}; like Go's decoder, unknown fields are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ExecuteRequest(String mapping, String input) {
    }
}
