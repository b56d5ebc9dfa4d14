package io.camelbenthos.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.test.AvailablePortFinder;

/**
 * A real HTTP service that answers {@code POST /post} with {@code slow: <body>} after a fixed delay. The delay is
 * scheduled, not slept, so hundreds of requests can wait at once on a couple of threads, as a slow remote would.
 */
final class SlowDownstream implements AutoCloseable {
    private final HttpServer server;
    private final ScheduledExecutorService replies = Executors.newScheduledThreadPool(2);

    SlowDownstream(long delayMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", AvailablePortFinder.find().getPort()), 512);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/post", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            replies.schedule(() -> reply(exchange, body), delayMillis, TimeUnit.MILLISECONDS);
        });
        server.start();
    }

    private static void reply(HttpExchange exchange, byte[] body) {
        byte[] reply = ("slow: " + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, reply.length);
            out.write(reply);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/post";
    }

    @Override
    public void close() {
        server.stop(0);
        replies.shutdownNow();
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
