package io.camelbenthos.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A server listens with one Vert.x server per CPU, each on its own event loop, behind one socket. */
class BenthosServerListenersTest {
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void closeVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    private BenthosServer listening(Set<String> threads) {
        BenthosServer server = new BenthosServer("127.0.0.1:0", null, null, null, false,
                StartupGate.of(new DefaultCamelContext()));
        server.listen(vertx, BenthosServer.ListenOptions.PLAIN);
        server.register(PathTemplate.compile("/t"), "test", (request, path, variables) -> {
            threads.add(Thread.currentThread().getName());
            request.response().end(String.valueOf(server.port()));
        });
        return server;
    }

    /** One request on a connection of its own; returns the body. */
    private static String get(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /t HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return response.substring(response.indexOf("\r\n\r\n") + 4);
        }
    }

    @Test
    void connectionsAreSpreadOverOneEventLoopPerCpu() throws IOException {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        BenthosServer server = listening(threads);
        int cpus = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < 2 * cpus; i++) {
            assertThat(get(server.port())).isEqualTo(String.valueOf(server.port()));
        }
        assertThat(threads).hasSize(cpus).allMatch(name -> name.startsWith("vert.x-eventloop-thread-"));
        server.close();
    }

    @Test
    void serversOnPortZeroEachGetAPortOfTheirOwn() throws IOException {
        BenthosServer first = listening(ConcurrentHashMap.newKeySet());
        BenthosServer second = listening(ConcurrentHashMap.newKeySet());
        assertThat(first.port()).isNotEqualTo(second.port());
        assertThat(get(first.port())).isEqualTo(String.valueOf(first.port()));
        assertThat(get(second.port())).isEqualTo(String.valueOf(second.port()));
        first.close();
        second.close();
    }
}
