package io.camelbenthos.http;

import io.camelbenthos.message.Message;
import io.camelbenthos.ratelimit.RateLimit;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One websocket connection of an http_server input, as Benthos's {@code wsHandler} serves it (semantics §1.5): every
 * message received is a one-message transaction; the next message is read only once it acked, and after each
 * attempt every stored sync response is written back as a text frame.
 *
 * <p>All state changes happen on the connection's event-loop context; the pipeline runs on a worker.
 */
final class WebSocketSession {
    private static final Logger LOG = LoggerFactory.getLogger(WebSocketSession.class);
    /** Benthos's throttle: three immediate retries after a nack, then one per second. */
    private static final int UNTHROTTLED_RETRIES = 3;
    private static final long THROTTLE_MILLIS = 1000;
    /** How long to wait before asking a rate limit that failed (rather than refused) again. */

    /** Routes one message through the input's pipeline; {@code done} gets null for an ack, the error for a nack. */
    @FunctionalInterface
    interface Pipeline {
        void route(byte[] content, Map<String, Object> metadata, ResultStore store, Consumer<Throwable> done);
    }

    /** What a session needs from its input, the same for every connection. */
    record Settings(Pipeline pipeline, RateLimit rateLimit, String welcomeMessage, String rateLimitMessage,
                    InflightRequests inflight, BenthosMetrics.InputCounters counters) {
    }

    private final ServerWebSocket ws;
    private final Context context;
    private final Map<String, Object> metadata;
    private final Settings settings;
    private final Runnable onClosed;
    private Buffer fragments;
    /** The message being delivered; kept until it acks, because a nack sends it again. */
    private byte[] current;
    private int consecutiveNacks;
    private boolean stopRequested;
    private boolean closed;

    WebSocketSession(ServerWebSocket ws, Context context, Map<String, Object> metadata, Settings settings,
                     Runnable onClosed) {
        this.ws = ws;
        this.context = context;
        this.metadata = metadata;
        this.settings = settings;
        this.onClosed = onClosed;
    }

    /**
     * Installs the handlers and sends the welcome message (a binary frame). Called on the connection's context right
     * after the upgrade, so no frame can arrive before the handlers are there.
     */
    void start() {
        ws.closeHandler(x -> {
            closed = true;
            onClosed.run();
        });
        ws.exceptionHandler(e -> LOG.debug("websocket error: {}", e.toString()));
        ws.frameHandler(this::onFrame);
        if (!settings.welcomeMessage().isEmpty()) {
            ws.writeBinaryMessage(Buffer.buffer(settings.welcomeMessage()));
        }
    }

    /**
     * The input stops: an idle connection closes now, a busy one once its message is answered. (Benthos would only
     * notice at the next message and hold the shutdown until then; closing at once lets a stop finish.)
     */
    void stop() {
        context.runOnContext(v -> {
            stopRequested = true;
            if (current == null) {
                close();
            }
        });
    }

    /**
     * Gathers a message from its frames, raw bytes whether text or binary: gorilla does not check a text message is
     * UTF-8, so neither does this (Vert.x's text-message handler would decode it).
     */
    private void onFrame(WebSocketFrame frame) {
        if (frame.isText() || frame.isBinary()) {
            fragments = Buffer.buffer().appendBuffer(frame.binaryData());
        } else if (frame.isContinuation() && fragments != null) {
            fragments.appendBuffer(frame.binaryData());
        } else {
            return; // ping, pong and close frames are Vert.x's business
        }
        if (!frame.isFinal()) {
            return;
        }
        current = fragments.getBytes();
        fragments = null;
        ws.pause(); // one message at a time, as gorilla's read loop
        settings.counters().received().increment();
        attempt();
    }

    private void attempt() {
        if (stopRequested || closed) {
            close();
            return;
        }
        Duration wait = rateLimitWait();
        if (!wait.isZero() && !wait.isNegative()) {
            // Benthos loops on the same payload and sends the message on every refused attempt, without waiting:
            // this waits the limiter's answer between attempts (the docs' "dropped" would lose the payload).
            if (!settings.rateLimitMessage().isEmpty()) {
                ws.writeBinaryMessage(Buffer.buffer(settings.rateLimitMessage()));
            }
            context.owner().setTimer(Math.max(1, wait.toMillis()), id -> attempt());
            return;
        }
        ResultStore store = new ResultStore();
        long started = System.nanoTime();
        byte[] content = current;
        settings.inflight().increment();
        context.executeBlocking(() -> {
            try {
                settings.pipeline().route(content, metadata, store, failure -> answered(store, started, failure));
            } catch (RuntimeException e) {
                answered(store, started, e);
            }
            return null;
        }, false);
    }

    private Duration rateLimitWait() {
        return RateLimit.waitFor(settings.rateLimit(),
                e -> LOG.warn("Failed to access rate limit: {}", e.getMessage()));
    }

    /** Called from whichever thread completed the exchange. */
    private void answered(ResultStore store, long started, Throwable failure) {
        context.runOnContext(v -> {
            try {
                if (failure == null) {
                    settings.counters().latency(System.nanoTime() - started);
                    current = null;
                    consecutiveNacks = 0;
                } else {
                    consecutiveNacks++;
                }
                // Benthos writes what the store holds after a nack too.
                writeResponses(store);
                next(failure != null);
            } finally {
                settings.inflight().decrement();
            }
        });
    }

    private void next(boolean retry) {
        if (closed) {
            return;
        }
        if (stopRequested) {
            close();
        } else if (!retry) {
            ws.resume();
        } else if (consecutiveNacks <= UNTHROTTLED_RETRIES) {
            attempt();
        } else {
            context.owner().setTimer(THROTTLE_MILLIS, id -> attempt());
        }
    }

    /**
     * Every stored message as a text frame. Vert.x builds text frames from a String, so a payload that is not UTF-8
     * reaches the client with replacement characters, where gorilla would send the bytes unchanged.
     */
    private void writeResponses(ResultStore store) {
        if (closed) {
            return;
        }
        for (Message m : store.snapshot()) {
            ws.writeTextMessage(new String(m.content(), StandardCharsets.UTF_8));
        }
    }

    private void close() {
        if (!closed) {
            closed = true;
            ws.close();
        }
    }
}
