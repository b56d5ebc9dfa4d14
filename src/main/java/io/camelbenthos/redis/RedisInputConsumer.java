package io.camelbenthos.redis;

import io.camelbenthos.readiness.ConnectBackoff;
import io.camelbenthos.readiness.ConnectionState;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the redis inputs share: Benthos's input connect loop on a thread of its own ({@code Failed to connect to
 * <type>: <error>}, back-off 100 ms to 1 s, then {@code Input type <type> is now active}, shown on {@code /ready}),
 * a read loop that returns to it when the connection fails, and the hand-over of each message to the route with a
 * bound on the messages in flight. Subclasses connect ({@link #connect}) and read ({@link #read}); stopping waits
 * for the messages in flight to be acked (Benthos's {@code Waiting for pending acks to resolve before shutting
 * down.}), then {@link #drained} runs with the last connection.
 */
abstract class RedisInputConsumer<S extends AutoCloseable> extends DefaultConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(RedisInputConsumer.class);
    /** How long stopping waits for messages in flight to be acked. */
    private static final long DRAIN_MILLIS = 10_000;
    /** The bound on messages in flight when the input has none of its own. */
    static final int DEFAULT_IN_FLIGHT = 1024;

    protected final BenthosRedisEndpoint endpoint;
    protected final RedisConnector connector;
    private final String type;
    private final int maxInFlight;
    private final Semaphore slots;
    private volatile ConnectionState state = ConnectionState.PENDING;
    private volatile boolean stopping;
    private volatile S session;
    private Thread loop;
    private ScheduledExecutorService replays;

    RedisInputConsumer(BenthosRedisEndpoint endpoint, Processor processor, int maxInFlight) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.type = endpoint.getType();
        this.connector = new RedisConnector(endpoint.clientSettings()); // a bad URL fails here, not in the loop
        this.maxInFlight = maxInFlight > 0 ? maxInFlight : DEFAULT_IN_FLIGHT;
        this.slots = new Semaphore(this.maxInFlight);
    }

    /** Opens a connection and prepares it (PING, subscribe, create groups); throws with the reason. */
    protected abstract S connect() throws Exception;

    /** Reads until the connection fails (throws) or the input stops (returns). */
    protected abstract void read(S session) throws Exception;

    /** After the messages in flight settled at stop, with the last connection (null when none): final acks. */
    protected void drained(S session) {
    }

    protected final boolean stopping() {
        return stopping;
    }

    protected final String type() {
        return type;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        stopping = false;
        endpoint.connectionState(() -> state);
        replays = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "benthos-" + type + "-replay"));
        loop = daemon(this::run, "benthos-" + type + "-input");
        loop.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void run() {
        ConnectBackoff backoff = ConnectBackoff.forInput();
        while (!stopping) {
            S s;
            try {
                s = connect();
            } catch (Exception e) {
                if (stopping) {
                    return;
                }
                String text = connector.textOf(e);
                state = ConnectionState.failing(text);
                LOG.error("Failed to connect to {}: {}", type, text);
                if (!sleep(backoff.nextMillis(ThreadLocalRandom.current().nextDouble()))) {
                    return;
                }
                continue;
            }
            session = s;
            backoff = ConnectBackoff.forInput();
            state = ConnectionState.CONNECTED;
            LOG.info("Input type {} is now active", type);
            try {
                read(s);
            } catch (Exception e) {
                if (!stopping) {
                    String text = connector.textOf(e);
                    state = ConnectionState.failing(text);
                    lost(text);
                }
            }
            if (!stopping) {
                session = null;
                closeQuietly(s);
            }
        }
    }

    /** The read loop failed: how the input says so (Benthos's words differ per input). */
    protected void lost(String error) {
        LOG.error("Error from redis: {}", error);
    }

    /** The live connection, or null while reconnecting. */
    protected final S session() {
        return session;
    }

    /** Sleeps; false when interrupted (stopping). */
    protected static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits for a free in-flight slot; false when stopping. */
    protected final boolean awaitSlot() throws InterruptedException {
        while (!stopping) {
            if (slots.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sends one message (its slot already taken) down the route; {@code settled} gets null on the ack, the failure on
     * a nack, and the slot is released after it ran.
     */
    protected final void dispatch(byte[] body, Map<String, Object> metadata, Consumer<Exception> settled) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(body);
        exchange.getMessage().getHeaders().putAll(metadata);
        try {
            getAsyncProcessor().process(exchange, doneSync -> {
                Exception failure = exchange.getException();
                releaseExchange(exchange, false);
                settle(settled, failure);
            });
        } catch (RuntimeException e) {
            settle(settled, e);
        }
    }

    private void settle(Consumer<Exception> settled, Exception failure) {
        try {
            settled.accept(failure);
        } catch (RuntimeException e) {
            LOG.error("Failed to acknowledge message: {}", connector.textOf(e));
        } finally {
            slots.release();
        }
    }

    /** Runs {@code task} after {@code millis} (a replay), unless stopped. */
    protected final void later(long millis, Runnable task) {
        try {
            replays.schedule(task, millis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            LOG.debug("replay not scheduled: {}", e.toString());
        }
    }

    /** Gives back a slot taken for a read that returned nothing. */
    protected final void releaseSlot() {
        slots.release();
    }

    /** Takes a slot for a message that is replayed (its first slot was released with its nack). */
    protected final void retake() {
        slots.acquireUninterruptibly();
    }

    @Override
    protected void doStop() throws Exception {
        stopping = true;
        if (loop != null) {
            loop.interrupt();
            loop.join(DRAIN_MILLIS);
        }
        awaitInflight();
        replays.shutdownNow();
        S s = session;
        session = null;
        drained(s);
        if (s != null) {
            closeQuietly(s);
        }
        state = ConnectionState.PENDING;
        super.doStop();
    }

    private void awaitInflight() throws InterruptedException {
        if (slots.availablePermits() < maxInFlight) {
            LOG.debug("Waiting for pending acks to resolve before shutting down.");
        }
        if (slots.tryAcquire(maxInFlight, DRAIN_MILLIS, TimeUnit.MILLISECONDS)) {
            slots.release(maxInFlight);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("closing: {}", e.toString());
        }
    }
}
