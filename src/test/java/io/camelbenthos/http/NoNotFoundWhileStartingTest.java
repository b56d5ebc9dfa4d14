package io.camelbenthos.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.translate.BenthosRoutes;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.support.RoutePolicySupport;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

/**
 * Benthos serves only once its inputs are registered, so a configured path never answers 404. Here the start of a
 * context (or of routes added to a running one) is held right after one input has started, while another input's
 * path is asked for: the request must wait for that input, not get 404 from the server the first input bound.
 */
class NoNotFoundWhileStartingTest extends HttpTestSupport {
    private final CountDownLatch firstInputStarted = new CountDownLatch(1);
    private final CountDownLatch carryOn = new CountDownLatch(1);

    /** Routes whose id is {@code routeId} hold their start (consumer already started) until {@link #carryOn}. */
    private void holdStartAfter(String routeId) {
        camel.addRoutePolicyFactory((context, id, route) -> id.equals(routeId) ? holding() : null);
    }

    private RoutePolicy holding() {
        return new RoutePolicySupport() {
            @Override
            public void onStart(Route route) {
                firstInputStarted.countDown();
                try {
                    carryOn.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /**
     * Posts to {@code path} while the start is held and returns once the server has either answered or holds the
     * request; then lets the start finish.
     */
    private CompletableFuture<HttpResponse<String>> postWhileHeld(String path) throws Exception {
        assertThat(firstInputStarted.await(30, TimeUnit.SECONDS)).as("first input started").isTrue();
        CompletableFuture<HttpResponse<String>> reply = client.sendAsync(HttpRequest.newBuilder(url(path))
                .POST(HttpRequest.BodyPublishers.ofString("early")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        StartupGate gate = StartupGate.of(camel);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!reply.isDone() && gate.heldCount() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        carryOn.countDown();
        return reply;
    }

    @Test
    void aPathAskedForWhileTheContextStartsWaitsForItsInput() throws Exception {
        sharedPort = AvailablePortFinder.find().getPort();
        camel = new DefaultCamelContext();
        HttpServerSettings settings = new HttpServerSettings();
        settings.setAddress("127.0.0.1:" + sharedPort);
        camel.getRegistry().bind("shared", settings);
        holdStartAfter("a");
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/a")).routeId("a").process(SyncResponses::store);
                from(shared("/b")).routeId("b").process(SyncResponses::store);
            }
        });
        CompletableFuture<Void> started = CompletableFuture.runAsync(camel::start);

        CompletableFuture<HttpResponse<String>> reply = postWhileHeld("/b");

        started.get(30, TimeUnit.SECONDS);
        assertThat(reply.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(reply.get().body()).isEqualTo("early");
        assertThat(post("/never", "x").statusCode()).as("a path no input has").isEqualTo(404);
    }

    /** A config loaded into a running application, or reloaded: its inputs start one by one. */
    @Test
    void aPathAskedForWhileAConfigIsAddedToARunningContextWaitsForItsInput() throws Exception {
        sharedPort = AvailablePortFinder.find().getPort();
        camel = new DefaultCamelContext();
        camel.start();
        holdStartAfter("two.input.broker.inputs.0");
        CompletableFuture<Void> added = CompletableFuture.runAsync(() -> {
            try {
                camel.addRoutes(BenthosRoutes.fromYaml("two.yaml", """
                        http:
                          address: 127.0.0.1:%d
                        input:
                          broker:
                            inputs:
                              - http_server: {path: /one}
                              - http_server: {path: /two}
                        output:
                          sync_response: {}
                        """.formatted(sharedPort)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        CompletableFuture<HttpResponse<String>> reply = postWhileHeld("/two");

        added.get(30, TimeUnit.SECONDS);
        assertThat(reply.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(reply.get().body()).isEqualTo("early");
    }

    /** A server bound for an input (a route restarted, a reloaded config) listens only once its paths are there. */
    @Test
    void aNewServerListensOnlyOnceItsPathsAreRegistered() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            ServerRegistry registry = new ServerRegistry();
            int port = AvailablePortFinder.find().getPort();
            String address = "127.0.0.1:" + port;
            StartupGate gate = StartupGate.of(new DefaultCamelContext());
            AtomicBoolean listeningWhileRegistering = new AtomicBoolean(true);
            BenthosServer server = registry.acquire(vertx, address,
                    () -> new BenthosServer(address, null, null, null, false, gate),
                    BenthosServer.ListenOptions.PLAIN, ServerRegistry.Paths.NONE, s -> {
                        listeningWhileRegistering.set(accepts(port));
                        s.register(PathTemplate.compile("/x"), "", (req, p, v) -> req.response().end());
                    });
            assertThat(listeningWhileRegistering).as("listening while its paths were registered").isFalse();
            assertThat(accepts(port)).as("listening once acquired").isTrue();
            registry.release(server);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
