package io.camelbenthos.nats;

import io.camelbenthos.readiness.ConnectionState;
import io.camelbenthos.readiness.InputConnection;
import io.camelbenthos.readiness.PendingAcks;
import io.camelbenthos.readiness.ReplayBackoff;
import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the NATS inputs share: Benthos's input connect loop, each delivery routed as one exchange and settled (acked or
 * nacked) once it completed, {@code auto_replay_nacks}, and draining on stop.
 *
 * <p>Connecting: connect and subscribe ({@link #subscribe}); a failure is logged {@code Failed to connect to <type>:
 * <error>} and retried with the input backoff (100 ms to 1 s), a success logged {@code Input type <type> is now
 * active}. The client then reconnects on its own (subscriptions included); that is logged too, {@code Lost connection
 * to <type>: ...} and {@code Input type <type> is now active} again, and shown on {@code /ready}. When the client gives
 * up ({@code max_reconnects}) the input goes back to its connect loop rather than stall silently as Benthos's does.
 */
abstract class NatsConsumer extends DefaultConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(NatsConsumer.class);
    /** How long stopping waits for messages in flight to be settled, as Benthos waits for pending acks. */
    private static final long DRAIN_MILLIS = 10_000;

    protected final NatsEndpoint endpoint;
    protected final String type;
    private final InputConnection<Connection> connection;
    private final PendingAcks pending = new PendingAcks();
    private ScheduledExecutorService replays;

    /** What acks or nacks one delivery at the server, once its exchange completed. */
    @FunctionalInterface
    interface Settle {
        /** @param failure null for the ack, else the nack's cause */
        void settle(Exception failure);
    }

    /** One delivery: its content, metadata and how to settle it. */
    record Delivery(byte[] body, Map<String, Object> metadata, Settle settle) {
    }

    NatsConsumer(NatsEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.type = endpoint.getKind().benthosType();
        if (endpoint.urlList().isEmpty()) {
            throw new IllegalArgumentException("must specify at least one URL");
        }
        this.connection = new InputConnection<>(type, new InputConnection.Connector<>() {
            @Override
            public Connection connect() throws InputConnection.Failed {
                return connectAndSubscribe();
            }

            @Override
            public boolean alive(Connection c) {
                return c.getStatus() != Connection.Status.CLOSED;
            }

            @Override
            public void close(Connection c) {
                NatsConsumer.close(c);
            }
        });
    }

    /** Subscribes on a new connection; deliveries go to {@link #dispatch}. */
    protected abstract void subscribe(Connection connection) throws Exception;

    /** Stops new deliveries (those in flight are still settled); the connection is closed afterwards. */
    protected abstract void stopReceiving(Connection connection);

    /**
     * Whether a nack is replayed in memory ({@code auto_replay_nacks}) rather than handed to {@link Settle}: never for
     * JetStream, whose nacks go to the server.
     */
    private boolean replaysNacks() {
        return endpoint.getKind() != NatsKind.JETSTREAM && endpoint.isAutoReplayNacks();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        replays = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "NatsReplay");
        endpoint.connectionState(this::state);
        connection.start();
    }

    /** The loop's state; once connected, the client's own: it reconnects by itself. */
    private ConnectionState state() {
        Connection c = connection.session();
        if (c == null) {
            return connection.state();
        }
        return c.getStatus() == Connection.Status.CONNECTED ? ConnectionState.CONNECTED
                : ConnectionState.failing("nats: connection " + c.getStatus().name().toLowerCase());
    }

    /** One attempt of the connect loop: connect, then subscribe. */
    private Connection connectAndSubscribe() throws InputConnection.Failed {
        Connection c = null;
        try {
            Connection[] self = new Connection[1];
            c = NatsConnector.connect(endpoint, (conn, event) -> event(self[0], event));
            self[0] = c;
            subscribe(c);
            return c;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopping: the loop ends at its next wait
            close(c);
            throw new InputConnection.Failed("interrupted", e, true);
        } catch (Exception e) {
            close(c);
            throw new InputConnection.Failed(NatsConnector.textOf(e), e);
        }
    }

    /** The client's connection events: logged; a connection it gave up on sends the input back to its loop. */
    private void event(Connection c, ConnectionListener.Events event) {
        if (c == null || connection.stopping() || connection.session() != c) {
            return;
        }
        switch (event) {
            case DISCONNECTED -> LOG.warn("Lost connection to {}: {}", type, NatsConnector.lostReason(c));
            case RECONNECTED -> LOG.info("Input type {} is now active", type);
            case CLOSED -> {
                if (connection.lost(c, "nats: connection closed")) {
                    LOG.error("Failed to read message: nats: connection closed");
                }
            }
            default -> {
            }
        }
    }

    /** Routes one delivery; its completion settles it, or replays it when nacked and replaying. */
    protected void dispatch(Delivery d) {
        pending.add();
        route(d, 0);
    }

    private void route(Delivery d, int retries) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(d.body());
        exchange.getMessage().getHeaders().putAll(d.metadata());
        try {
            getAsyncProcessor().process(exchange, doneSync -> completed(d, retries, exchange));
        } catch (RuntimeException e) {
            exchange.setException(e);
            completed(d, retries, exchange);
        }
    }

    private void completed(Delivery d, int retries, Exchange exchange) {
        Exception failure = exchange.getException();
        releaseExchange(exchange, false);
        if (failure != null && replaysNacks() && !isStoppingOrStopped()) {
            try {
                replays.schedule(() -> route(d, retries + 1), ReplayBackoff.millis(retries + 1),
                        TimeUnit.MILLISECONDS);
                return;
            } catch (RuntimeException rejected) {
                // stopping: settled below as the nack it is
            }
        }
        try {
            d.settle().settle(failure);
        } catch (RuntimeException e) {
            LOG.error("Failed to acknowledge message: {}", NatsConnector.textOf(e));
        } finally {
            pending.done();
        }
    }

    @Override
    protected void doStop() throws Exception {
        Connection c = connection.stop();
        if (c != null) {
            try {
                stopReceiving(c);
            } catch (RuntimeException e) {
                LOG.debug("stopping the subscription: {}", e.toString());
            }
            pending.await(DRAIN_MILLIS);
            close(c);
        }
        if (replays != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(replays);
        }
        super.doStop();
    }

    private static void close(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("closing the connection: {}", e.toString());
        }
    }
}
