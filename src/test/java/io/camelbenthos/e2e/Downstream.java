package io.camelbenthos.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.test.AvailablePortFinder;

/**
 * The service behind the proxy examples: a plain JDK HTTP server on a free loopback port that answers
 * {@code POST /post} with {@code proxied: <body>} and records what it received.
 */
final class Downstream implements AutoCloseable {
    private final HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();

    Downstream() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", AvailablePortFinder.find().getPort()), 0);
        server.createContext("/post", new Reply());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/post";
    }

    List<String> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private final class Reply implements HttpHandler {
        @Override
        public void handle(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(body);
            byte[] reply = ("proxied: " + body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        }
    }
}
