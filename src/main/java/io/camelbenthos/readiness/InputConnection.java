package io.camelbenthos.readiness;

import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection of a Benthos input to its peer, kept as Benthos's {@code AsyncReader} keeps it: from {@link #start}
 * on, one attempt after another in a thread of its own with the input backoff (100 ms to 1 s,
 * {@link ConnectBackoff#forInput()}), each failure logged {@code Failed to connect to <type>: <error>} and shown on
 * {@code /ready}, until one succeeds ({@code Input type <type> is now active}). A session the peer ends is reported
 * with {@link #lost}: the loop closes it and starts over, as Benthos's reader goes back to its connect loop on
 * {@code ErrNotConnected}. The inputs on a protocol's own client (amqp_0_9, mqtt, the nats inputs) share it; their
 * {@link Connector} does the protocol's part.
 *
 * @param <S> one connected session of the protocol's client
 */
public final class InputConnection<S> {
    private static final Logger LOG = LoggerFactory.getLogger(InputConnection.class);

    /** The protocol's part: connect, tell whether a new session is still open, close one. */
    public interface Connector<S> {
        /** One attempt; everything it opened is closed again when it fails. */
        S connect() throws Failed;

        /** Whether a session just connected is still open (the peer may have ended it before it was published). */
        boolean alive(S session);

        /** Benthos's disconnect, logging what fails in the protocol's words. */
        void close(S session);
    }

    /** A failed attempt, with the error text Benthos shows. */
    public static class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean logged;

        public Failed(String message, Throwable cause) {
            this(message, cause, false);
        }

        /** @param logged the connector logged the failure in the protocol's own words: no {@code Failed to connect} */
        public Failed(String message, Throwable cause, boolean logged) {
            super(message, cause);
            this.logged = logged;
        }
    }

    private final String type;
    private final Connector<S> connector;
    private final Object lock = new Object();
    /** The live session; guarded by {@code lock}. */
    private S session;
    private Thread loop;
    private boolean stopping;
    private volatile ConnectionState state = ConnectionState.PENDING;

    /** @param type the input's type as Benthos names it in its log lines, e.g. {@code amqp_0_9} */
    public InputConnection(String type, Connector<S> connector) {
        this.type = type;
        this.connector = connector;
    }

    /** Starts connecting in the background. */
    public void start() {
        synchronized (lock) {
            stopping = false;
            startLoop(null);
        }
    }

    /** The state for {@code /ready}. */
    public ConnectionState state() {
        return state;
    }

    /** The live session, or null while connecting or stopped. */
    public S session() {
        synchronized (lock) {
            return session;
        }
    }

    /** True once {@link #stop} was called. */
    public boolean stopping() {
        synchronized (lock) {
            return stopping;
        }
    }

    /**
     * The peer ended {@code lost}: when it is the live session (and the input is not stopping), {@code /ready} shows
     * {@code reason} and the loop closes it and connects again.
     *
     * @return whether it was the live session (a stale or repeated report changes nothing)
     */
    public boolean lost(S lost, String reason) {
        synchronized (lock) {
            if (stopping || lost == null || session != lost) {
                return false;
            }
            session = null;
            state = ConnectionState.failing(reason);
            if (loop != null) {
                loop.interrupt();
            }
            startLoop(lost);
            return true;
        }
    }

    /** Stops connecting; returns the live session (or null) for the input to drain and close. */
    public S stop() {
        synchronized (lock) {
            stopping = true;
            if (loop != null) {
                loop.interrupt();
            }
            S s = session;
            session = null;
            state = ConnectionState.PENDING;
            return s;
        }
    }

    /** Starts the connect loop, first closing {@code lost}. */
    private void startLoop(S lost) {
        loop = new Thread(() -> {
            if (lost != null) {
                connector.close(lost);
            }
            connectLoop();
        }, "benthos-" + type + "-input-connect");
        loop.setDaemon(true);
        loop.start();
    }

    private void connectLoop() {
        ConnectBackoff backoff = ConnectBackoff.forInput();
        while (true) {
            synchronized (lock) {
                if (stopping) {
                    return;
                }
            }
            try {
                S s = connector.connect();
                synchronized (lock) {
                    if (stopping) {
                        connector.close(s);
                        return;
                    }
                    // a close before this point found no session to end (lost() ignored it): check for it here
                    if (connector.alive(s)) {
                        session = s;
                        state = ConnectionState.CONNECTED;
                        LOG.info("Input type {} is now active", type);
                        return;
                    }
                }
                connector.close(s);
                throw new Failed("connection closed while connecting", null);
            } catch (Failed e) {
                state = ConnectionState.failing(e.getMessage());
                if (!e.logged) {
                    LOG.error("Failed to connect to {}: {}", type, e.getMessage());
                }
            }
            try {
                Thread.sleep(backoff.nextMillis(ThreadLocalRandom.current().nextDouble()));
            } catch (InterruptedException e) {
                return; // stopping, or a new loop replaced this one
            }
        }
    }
}
