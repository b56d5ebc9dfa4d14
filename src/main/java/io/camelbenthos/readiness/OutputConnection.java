package io.camelbenthos.readiness;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection of a Benthos output to its peer, kept as Benthos's {@code AsyncWriter} keeps it: from {@link #start}
 * on, one attempt after another with Benthos's reconnect backoff ({@link ConnectBackoff}), each failure logged at
 * ERROR as {@code Failed to connect to <type>: <error>} and shown on {@code /ready}, until one succeeds
 * ({@code Output type <type> is now active}). It then stays connected: a later failure is the write's own.
 *
 * <p>Messages wait for {@link #writable} meanwhile, holding no thread, as Benthos's output takes none before it has connected: an
 * {@code http_server} request gets its 408 after its timeout instead of an error, and the message goes out once the
 * peer is there. A peer that answers but refuses the client ({@link Attempt#refused}) lets messages through to fail on
 * their own, so that they are nacked with the peer's reason rather than held.
 *
 * <p>An output whose client notices a lost connection (amqp_0_9) calls {@link #reconnect}: messages wait again and
 * the same loop starts over, as Benthos's writer goes back to its connect loop on {@code ErrNotConnected}.
 */
public final class OutputConnection {
    private static final Logger LOG = LoggerFactory.getLogger(OutputConnection.class);

    /**
     * The outcome of one attempt.
     *
     * @param error the error /ready and the log show; null when connected
     * @param peerAnswered whether the peer was reached (messages may be written)
     */
    public record Attempt(String error, boolean peerAnswered) {
        /** Connected. */
        public static final Attempt CONNECTED = new Attempt(null, true);

        /** No peer could be reached (unresolvable, refused, timed out): messages wait. */
        public static Attempt unreachable(String error) {
            return new Attempt(error, false);
        }

        /** The peer answered but refused the client (e.g. a wrong password): messages go on and fail. */
        public static Attempt refused(String error) {
            return new Attempt(error, true);
        }
    }

    /** One connection attempt; it may block for as long as the protocol's own timeouts allow. */
    @FunctionalInterface
    public interface Connector {
        Attempt connect() throws InterruptedException;
    }

    private final String type;
    private final Connector connector;
    private final Object lock = new Object();
    private ConnectionState state = ConnectionState.PENDING;
    private boolean writable;
    /** Completed (outside the lock) when writable next becomes true; null while nobody waits. */
    private CompletableFuture<Void> nextWritable;
    private boolean closed;
    /** True while a connect loop runs and has not yet connected. */
    private boolean connecting;
    private Thread loop;

    /**
     * @param type the output's type as Benthos names it in its log lines, e.g. {@code kafka}
     */
    public OutputConnection(String type, Connector connector) {
        this.type = type;
        this.connector = connector;
    }

    /** Starts connecting in the background. */
    public void start() {
        synchronized (lock) {
            if (loop != null || closed) {
                return;
            }
            startLoop();
        }
    }

    /**
     * The connection was lost after connecting: {@code /ready} shows {@code error}, messages wait for
     * {@link #writable} again and a new connect loop starts (unless one already runs).
     */
    public void reconnect(String error) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            state = ConnectionState.failing(error);
            writable = false;
            if (!connecting) {
                startLoop();
            }
        }
    }

    private void startLoop() {
        connecting = true;
        loop = new Thread(this::connect, "benthos-" + type + "-connect");
        loop.setDaemon(true);
        loop.start();
    }

    /** Stops connecting; waiting messages fail with Benthos's {@code type was closed}. */
    public void close() {
        CompletableFuture<Void> waiting;
        synchronized (lock) {
            closed = true;
            state = ConnectionState.PENDING;
            if (loop != null) {
                loop.interrupt();
            }
            waiting = nextWritable;
            nextWritable = null;
        }
        if (waiting != null) {
            waiting.completeExceptionally(closedError());
        }
    }

    private static IllegalStateException closedError() {
        return new IllegalStateException("type was closed");
    }

    /** The state for {@code /ready}. */
    public ConnectionState state() {
        synchronized (lock) {
            return state;
        }
    }

    /**
     * Completes once messages may be written (connected, or the peer answered): already completed when they may be
     * now, failed with Benthos's {@code type was closed} when the connection is closed first. Nothing blocks while
     * it is pending, so an outage ties up no thread per waiting message.
     */
    public CompletableFuture<Void> writable() {
        synchronized (lock) {
            if (closed) {
                return CompletableFuture.failedFuture(closedError());
            }
            if (writable) {
                return CompletableFuture.completedFuture(null);
            }
            if (nextWritable == null) {
                nextWritable = new CompletableFuture<>();
            }
            return nextWritable;
        }
    }

    private void connect() {
        ConnectBackoff backoff = new ConnectBackoff();
        try {
            while (true) {
                Attempt attempt = attempt();
                if (!publish(attempt)) {
                    return;
                }
                if (attempt.error() == null) {
                    LOG.info("Output type {} is now active", type);
                    return;
                }
                // logfmt, Benthos's log format, keeps a multi-line error (one line per broker) on one line
                LOG.error("Failed to connect to {}: {}", type, attempt.error().replace("\n", "\\n"));
                Thread.sleep(backoff.nextMillis(ThreadLocalRandom.current().nextDouble()));
            }
        } catch (InterruptedException e) {
            // closed while connecting or waiting
        }
    }

    /** One attempt; a connector's unexpected exception is a failed attempt, so the loop never dies silently. */
    private Attempt attempt() throws InterruptedException {
        try {
            return connector.connect();
        } catch (RuntimeException e) {
            return Attempt.unreachable(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** Publishes an attempt's outcome to /ready and the waiting messages; false when closed meanwhile. */
    private boolean publish(Attempt attempt) {
        CompletableFuture<Void> released = null;
        synchronized (lock) {
            if (closed) {
                return false;
            }
            state = attempt.error() == null ? ConnectionState.CONNECTED : ConnectionState.failing(attempt.error());
            writable = attempt.peerAnswered();
            connecting = attempt.error() != null;
            if (writable) {
                released = nextWritable;
                nextWritable = null;
            }
        }
        if (released != null) {
            released.complete(null);
        }
        return true;
    }
}
