package io.camelbenthos.http;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

/**
 * One request waiting for its transaction: whichever comes first answers it, the route's ack or nack or the
 * {@code timeout} timer (408, semantics §1.8; the exchange keeps running and may still be delivered).
 */
final class PendingRequest {
    private final HttpServerResponse response;
    private final SyncResponseRenderer renderer;
    private final InflightRequests inflight;
    private final ResultStore store = new ResultStore();
    private final AtomicBoolean answered = new AtomicBoolean();
    private Vertx vertx;
    private long timerId = -1;
    private final long startNanos = System.nanoTime();
    private final LongConsumer successLatency;

    PendingRequest(HttpServerResponse response, SyncResponseRenderer renderer, InflightRequests inflight,
                   LongConsumer successLatency) {
        this.response = response;
        this.renderer = renderer;
        this.inflight = inflight;
        this.successLatency = successLatency;
    }

    ResultStore store() {
        return store;
    }

    void startTimer(Vertx timerVertx, long timeoutMillis) {
        this.vertx = timerVertx;
        this.timerId = timerVertx.setTimer(Math.max(1, timeoutMillis), id -> {
            if (claim()) {
                GoHttp.error(response, 408, "Request timed out");
            }
        });
    }

    /**
     * The transaction acked: render what the store holds now; later additions are ignored. The latency is recorded
     * first, as Benthos does, so a client that reads the metrics after its reply always finds it counted.
     */
    void ack() {
        if (claim()) {
            vertx.cancelTimer(timerId);
            successLatency.accept(System.nanoTime() - startNanos);
            renderer.render(store.snapshot(), response);
        }
    }

    /** The transaction nacked: 502 with the error text. */
    void nack(Throwable error) {
        if (claim()) {
            vertx.cancelTimer(timerId);
            String text = error.getMessage() == null ? error.toString() : error.getMessage();
            GoHttp.error(response, 502, text);
        }
    }

    private boolean claim() {
        if (!answered.compareAndSet(false, true)) {
            return false;
        }
        inflight.decrement();
        return !response.closed();
    }
}
