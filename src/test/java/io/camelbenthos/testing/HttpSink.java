package io.camelbenthos.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.camel.test.AvailablePortFinder;

/**
 * A real HTTP server standing in for a downstream service, for an {@code http_client} output: it records every body
 * it accepts (200) and answers 500 to bodies {@code fails} selects, so that the output nacks them.
 */
public final class HttpSink implements AutoCloseable {
    private final HttpServer server;
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private volatile Predicate<String> fails = body -> false;
    private final AtomicInteger pending = new AtomicInteger();
    private volatile CountDownLatch held = new CountDownLatch(0);
    private volatile CountDownLatch discarding;

    public HttpSink() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", AvailablePortFinder.find().getPort()), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool()); // held requests must not block the others' answers
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Bodies answered 200, in arrival order. */
    public List<String> accepted() {
        return accepted;
    }

    /** Bodies answered 500, in arrival order. */
    public List<String> refused() {
        return refused;
    }

    /** From now on, bodies matching {@code predicate} are refused with a 500. */
    public void failWhen(Predicate<String> predicate) {
        fails = predicate;
    }

    /** From now on requests are held without an answer until {@link #release}. */
    public void hold() {
        held = new CountDownLatch(1);
    }

    /** Answers the held requests and stops holding. */
    public void release() {
        held.countDown();
    }

    /**
     * Stops holding and forgets the held requests, answering them 500: their sender is gone (killed), so they must
     * not count as delivered.
     */
    public void discardHeld() {
        CountDownLatch latch = held;
        discarding = latch;
        held = new CountDownLatch(0);
        latch.countDown();
    }

    /** Requests received and not answered yet (held). */
    public int pending() {
        return pending.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        pending.incrementAndGet();
        CountDownLatch latch = held;
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            pending.decrementAndGet();
        }
        if (discarding == latch) {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
            return;
        }
        boolean fail = fails.test(body);
        (fail ? refused : accepted).add(body);
        exchange.sendResponseHeaders(fail ? 500 : 200, -1);
        exchange.close();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
