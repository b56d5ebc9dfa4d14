package io.camelbenthos.mqtt;

import io.camelbenthos.camel.BatchTransaction;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.readiness.OutputConnection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benthos's mqtt output: publishes each message of the exchange's batch at {@code qos} and completes the exchange once
 * the broker acknowledged all of them (PUBACK for QoS 1, PUBCOMP for QoS 2, written for QoS 0), or with the first
 * error as the nack of the whole transaction. A plain Camel message is a batch of one.
 *
 * <p>No thread waits: the route hands the message over and returns; at most {@code max_in_flight} publishes await
 * their acknowledgement, and acknowledgements complete their exchanges on a pool of their own, never on Paho's
 * callback thread.
 *
 * <p>Connecting is Benthos's output connect loop ({@link OutputConnection}, type {@code mqtt}); messages wait for it
 * holding no thread. A publish refused because the client is not connected goes back first in line and is sent again
 * once reconnected (Benthos's {@code ErrNotConnected}); a lost connection is logged
 * {@code Connection lost due to: <reason>}, nacks the publishes still awaiting their acknowledgement (Paho fails
 * them) and starts the connect loop again.
 */
public class MqttProducer extends DefaultAsyncProducer {
    private static final Logger LOG = LoggerFactory.getLogger(MqttProducer.class);
    static final String TYPE = "mqtt";

    private final MqttEndpoint endpoint;
    private final MqttDialer dialer;
    private final MqttPublishPreparer preparer;
    private final Object lock = new Object();
    private final ArrayDeque<Publish> queue = new ArrayDeque<>();
    private int inFlight;
    private boolean awaitingConnection;
    private boolean drainScheduled;
    private volatile Session session;
    private OutputConnection connection;
    private ExecutorService completions;

    /** One message to publish; settled once per attempt (a token and a lost connection may both report it). */
    private static final class Publish {
        final BatchTransaction transaction;
        final MqttPublishPreparer.Prepared message;
        volatile AtomicBoolean attempt = new AtomicBoolean();

        Publish(BatchTransaction transaction, MqttPublishPreparer.Prepared message) {
            this.transaction = transaction;
            this.message = message;
        }
    }

    /** One connected client and the publishes awaiting its acknowledgement. */
    private static final class Session {
        final MqttAsyncClient client;
        final Set<Publish> unacknowledged = ConcurrentHashMap.newKeySet();
        final AtomicBoolean lost = new AtomicBoolean();

        Session(MqttAsyncClient client) {
            this.client = client;
        }
    }

    public MqttProducer(MqttEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.dialer = endpoint.dialer(); // fails now for a bad URL
        this.preparer = new MqttPublishPreparer(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        completions = endpoint.getCamelContext().getExecutorServiceManager().newCachedThreadPool(this, "MqttAcks");
        connection = new OutputConnection(TYPE, this::attempt);
        endpoint.connectionState(connection::state);
        connection.start();
    }

    @Override
    protected void doStop() throws Exception {
        OutputConnection c = connection;
        if (c != null) {
            c.close();
        }
        Session s = session;
        session = null;
        List<Publish> queued;
        synchronized (lock) {
            queued = new ArrayList<>(queue);
            queue.clear();
        }
        if (s != null) {
            s.lost.set(true);
            MqttDialer.close(s.client);
            s.unacknowledged.forEach(p -> settle(p, p.attempt, closed()));
        }
        queued.forEach(p -> complete(p, closed()));
        if (completions != null) {
            endpoint.getCamelContext().getExecutorServiceManager().shutdown(completions);
        }
        super.doStop();
    }

    private static IllegalStateException closed() {
        return new IllegalStateException("type was closed");
    }

    /** One connection attempt of the connect loop: a new client, clean session. */
    private OutputConnection.Attempt attempt() {
        try {
            // Paho's own bound, with room: it frees a slot a moment after our count does
            MqttAsyncClient client = dialer.connect(Callbacks::new, false, true,
                    2 * Math.max(1, endpoint.getMaxInFlight()));
            session = new Session(client);
            if (!client.isConnected()) { // lost before the session was set: its callback found nothing to end
                session = null;
                MqttDialer.close(client);
                return OutputConnection.Attempt.unreachable("connection lost while connecting");
            }
            return OutputConnection.Attempt.CONNECTED;
        } catch (MqttFailure e) {
            return OutputConnection.Attempt.unreachable(e.getMessage());
        }
    }

    /** Paho's callbacks for one client: only its connection ending matters (tokens report publishes). */
    private final class Callbacks implements MqttCallback {
        private final MqttAsyncClient client;

        Callbacks(MqttAsyncClient client) {
            this.client = client;
        }

        @Override
        public void connectionLost(Throwable cause) {
            Session s = session;
            if (s != null && s.client == client) {
                lost(s, cause == null ? null : MqttFailure.textOf(cause));
            }
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            // the output subscribes to nothing
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // each publish's own listener settles it
        }
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        List<MqttPublishPreparer.Prepared> prepared;
        try {
            prepared = preparer.prepare(exchange);
        } catch (RuntimeException e) {
            exchange.setException(e); // an interpolation error: a nack, never a reconnect
            callback.done(true);
            return true;
        }
        if (prepared.isEmpty()) {
            callback.done(true);
            return true;
        }
        BatchTransaction tx = new BatchTransaction(exchange, callback, prepared.size());
        synchronized (lock) {
            prepared.forEach(m -> queue.add(new Publish(tx, m)));
        }
        drain();
        return false;
    }

    /** Publishes queued messages while connected and under max_in_flight; any thread may call it. */
    private void drain() {
        while (true) {
            Session s = session;
            Publish next;
            synchronized (lock) {
                if (queue.isEmpty()) {
                    return;
                }
                if (s == null || s.lost.get()) {
                    awaitConnection();
                    return;
                }
                if (inFlight >= Math.max(1, endpoint.getMaxInFlight())) {
                    return;
                }
                next = queue.poll();
                next.attempt = new AtomicBoolean();
                inFlight++;
            }
            publish(s, next);
        }
    }

    /** Caller holds the lock: drains again once the connect loop connected. */
    private void awaitConnection() {
        if (awaitingConnection) {
            return;
        }
        awaitingConnection = true;
        connection.writable().whenComplete((ok, failure) -> {
            synchronized (lock) {
                awaitingConnection = false;
            }
            if (failure == null) {
                scheduleDrain();
            }
        });
    }

    /** Runs {@link #drain} on the pool, once however often it is asked for meanwhile (never on Paho's thread). */
    private void scheduleDrain() {
        synchronized (lock) {
            if (drainScheduled || queue.isEmpty()) {
                return;
            }
            drainScheduled = true;
        }
        try {
            completions.execute(() -> {
                synchronized (lock) {
                    drainScheduled = false;
                }
                drain();
            });
        } catch (RuntimeException e) {
            synchronized (lock) {
                drainScheduled = false; // stopping: doStop fails what is queued
            }
        }
    }

    private void publish(Session s, Publish p) {
        AtomicBoolean attempt = p.attempt;
        s.unacknowledged.add(p);
        MqttPublishPreparer.Prepared m = p.message;
        try {
            s.client.publish(m.topic(), m.payload(), endpoint.getQos(), m.retained(), null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    s.unacknowledged.remove(p);
                    settle(p, attempt, null);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable error) {
                    s.unacknowledged.remove(p);
                    settle(p, attempt, new NackException(MqttFailure.textOf(error), error));
                }
            });
        } catch (MqttException | RuntimeException e) {
            s.unacknowledged.remove(p);
            if (e instanceof MqttException me && notConnected(me)) {
                // Benthos's ErrNotConnected: reconnect, then write the same message again
                LOG.error("Failed to send message to {}: {}", TYPE, MqttFailure.textOf(e));
                if (attempt.compareAndSet(false, true)) {
                    synchronized (lock) {
                        inFlight--;
                        queue.addFirst(p);
                    }
                }
                lost(s, MqttFailure.textOf(e));
                return;
            }
            settle(p, attempt, new NackException(MqttFailure.textOf(e), e));
        }
    }

    private static boolean notConnected(MqttException e) {
        return switch (e.getReasonCode()) {
            case MqttException.REASON_CODE_CLIENT_NOT_CONNECTED, MqttException.REASON_CODE_CONNECTION_LOST,
                 MqttException.REASON_CODE_CLIENT_DISCONNECTING, MqttException.REASON_CODE_CLIENT_CLOSED -> true;
            default -> false;
        };
    }

    /** One message of an attempt settled (once): the next may go; the transaction completes with its last. */
    private void settle(Publish p, AtomicBoolean attempt, Exception failure) {
        if (!attempt.compareAndSet(false, true)) {
            return;
        }
        synchronized (lock) {
            inFlight--;
        }
        complete(p, failure);
        scheduleDrain();
    }

    /** Counts one message of its transaction done; the transaction completes (on the pool) with its last. */
    private void complete(Publish p, Exception failure) {
        p.transaction.settle(failure, completions);
    }

    /**
     * The client's connection died: Benthos's {@code Connection lost due to: ...}; publishes awaiting their
     * acknowledgement are nacked (should Paho not fail their tokens itself), the connect loop starts over.
     */
    private void lost(Session s, String reason) {
        if (!s.lost.compareAndSet(false, true)) {
            return;
        }
        if (reason == null) {
            LOG.error("Connection lost for unknown reasons.");
        } else {
            LOG.error("Connection lost due to: {}", reason);
        }
        OutputConnection c = connection;
        if (c != null) {
            c.reconnect(reason == null ? "connection lost" : reason); // first, so that new messages wait for it
        }
        if (session == s) {
            session = null;
        }
        for (Publish p : new ArrayList<>(s.unacknowledged)) {
            s.unacknowledged.remove(p);
            settle(p, p.attempt, new NackException(reason == null ? "connection lost" : reason));
        }
        Thread closer = new Thread(() -> MqttDialer.close(s.client), "benthos-" + TYPE + "-close");
        closer.setDaemon(true);
        closer.start(); // never close from Paho's own callback thread
    }
}
