package io.camelbenthos.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConfirmListener;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ReturnListener;
import com.rabbitmq.client.ShutdownSignalException;
import io.camelbenthos.camel.BatchTransaction;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.readiness.OutputConnection;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benthos's amqp_0_9 output: publishes each message of the exchange's batch on a channel in publisher-confirm mode and
 * completes the exchange only when the broker confirmed all of them (the ack), or with {@code receiving
 * acknowledgement} when the broker nacked or returned ({@code mandatory}) any of them or the connection died before its
 * confirm (the nack of the whole transaction), as in Benthos (semantics §2.2). A plain Camel message is a batch of one.
 *
 * <p>No thread waits: the route hands the message over and returns; one publisher thread writes to the channel, at
 * most {@code max_in_flight} messages (not batches) await their confirm, and confirms complete their exchanges on a pool of their
 * own, never on the client's connection thread.
 *
 * <p>Connecting is Benthos's output connect loop ({@link OutputConnection}, type {@code amqp_0_9}); messages wait for
 * it without holding a thread. A publish that fails because the connection is gone is logged
 * {@code Failed to send message: <error>}, the message is put back first in line and re-sent once reconnected
 * (Benthos's {@code ErrNotConnected}); a connection the broker closes sends the output back to the connect loop at
 * once rather than at the next publish.
 */
public class Amqp09Producer extends DefaultAsyncProducer {
    private static final Logger LOG = LoggerFactory.getLogger(Amqp09Producer.class);
    static final String TYPE = "amqp_0_9";
    /** The error of a message the broker did not confirm (Benthos's ErrNoAck). */
    static final String NO_ACK = "receiving acknowledgement";

    private final Amqp09Endpoint endpoint;
    private final PublishPreparer preparer;
    private final Object lock = new Object();
    private final ArrayDeque<Publish> queue = new ArrayDeque<>();
    private int inFlight;
    private boolean drainScheduled;
    private boolean awaitingConnection;
    private volatile Session session;
    private OutputConnection connection;
    private ExecutorService publisher;
    private ExecutorService confirms;

    /** One message to publish, with the transaction it belongs to. */
    static final class Publish {
        final BatchTransaction transaction;
        final PublishPreparer.Prepared message;
        /** Set by a basic.return for this message: its confirm then nacks it. */
        volatile boolean returned;

        Publish(BatchTransaction transaction, PublishPreparer.Prepared message) {
            this.transaction = transaction;
            this.message = message;
        }
    }

    /** One connection and its confirm-mode channel; unconfirmed publishes by sequence number. */
    private static final class Session {
        final Connection connection;
        final Channel channel;
        final ConcurrentNavigableMap<Long, Publish> unconfirmed = new ConcurrentSkipListMap<>();
        final Set<String> declared = ConcurrentHashMap.newKeySet();
        final AtomicBoolean lost = new AtomicBoolean();

        Session(Connection connection, Channel channel) {
            this.connection = connection;
            this.channel = channel;
        }
    }

    public Amqp09Producer(Amqp09Endpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.preparer = new PublishPreparer(endpoint);
        endpoint.dialer(); // fails now when no URL was given
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        var executors = endpoint.getCamelContext().getExecutorServiceManager();
        publisher = executors.newSingleThreadExecutor(this, "Amqp09Publisher");
        confirms = executors.newCachedThreadPool(this, "Amqp09Confirms");
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
        List<Publish> left;
        synchronized (lock) {
            left = new ArrayList<>(queue);
            queue.clear();
        }
        if (s != null) {
            left.addAll(takeAll(s));
            close(s);
        }
        left.forEach(p -> complete(p, new IllegalStateException("type was closed")));
        var executors = endpoint.getCamelContext().getExecutorServiceManager();
        if (publisher != null) {
            executors.shutdown(publisher);
        }
        if (confirms != null) {
            executors.shutdown(confirms); // lets the completions just queued run
        }
        super.doStop();
    }

    /** One connection attempt of the connect loop: dial, open a confirm-mode channel, declare a static exchange. */
    private OutputConnection.Attempt attempt() {
        Connection conn;
        try {
            conn = endpoint.dialer().dial("camel-benthos " + TYPE + " " + endpoint.getName());
        } catch (AmqpException e) {
            return OutputConnection.Attempt.unreachable(e.getMessage());
        }
        try {
            Channel channel = openChannel(conn);
            if (endpoint.isExchangeDeclare() && preparer.staticExchange() != null) {
                try {
                    declare(channel, preparer.staticExchange());
                } catch (IOException | ShutdownSignalException e) {
                    LOG.error("Failed to declare exchange: {}", AmqpException.textOf(e));
                    channel = openChannel(conn); // a failed declare closes the channel
                }
            }
            Session s = new Session(conn, channel);
            listen(s); // a listener added to a connection already closed runs at once
            session = s;
            if (s.lost.get()) {
                session = null;
                return OutputConnection.Attempt.unreachable("connection closed while connecting");
            }
            return OutputConnection.Attempt.CONNECTED;
        } catch (IOException | RuntimeException e) {
            conn.abort();
            return OutputConnection.Attempt.unreachable("AMQP 0.9 Channel: " + AmqpException.textOf(e));
        }
    }

    private static Channel openChannel(Connection conn) throws IOException {
        Channel channel = conn.createChannel();
        channel.confirmSelect();
        return channel;
    }

    private void declare(Channel channel, String exchange) throws IOException {
        channel.exchangeDeclare(exchange, endpoint.getExchangeType(), endpoint.isExchangeDurable(), false, false,
                new HashMap<>(endpoint.getExchangeArguments()));
    }

    private void listen(Session s) {
        s.channel.addConfirmListener(new ConfirmListener() {
            @Override
            public void handleAck(long seq, boolean multiple) {
                confirmed(s, seq, multiple, true);
            }

            @Override
            public void handleNack(long seq, boolean multiple) {
                confirmed(s, seq, multiple, false);
            }
        });
        s.channel.addReturnListener((ReturnListener) (code, text, exchange, key, props, body) -> returned(s, exchange,
                key, body));
        s.connection.addShutdownListener(sig -> {
            if (!sig.isInitiatedByApplication()) {
                lost(s, AmqpException.textOf(sig));
            }
        });
        s.channel.addShutdownListener(sig -> {
            if (!sig.isInitiatedByApplication()) {
                lost(s, AmqpException.textOf(sig));
            }
        });
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        List<PublishPreparer.Prepared> prepared;
        try {
            prepared = preparer.prepare(exchange);
        } catch (RuntimeException e) {
            exchange.setException(e); // an interpolation or priority error: a nack, never a reconnect
            callback.done(true);
            return true;
        }
        if (prepared.isEmpty()) {
            callback.done(true);
            return true;
        }
        // one publish per message of the batch, the exchange acked once all are confirmed (Benthos's WriteBatch)
        BatchTransaction tx = new BatchTransaction(exchange, callback, prepared.size());
        synchronized (lock) {
            prepared.forEach(m -> queue.add(new Publish(tx, m)));
        }
        schedule();
        return false;
    }

    /** Runs {@link #drain} on the publisher thread, once however often it is asked for meanwhile. */
    private void schedule() {
        synchronized (lock) {
            if (drainScheduled) {
                return;
            }
            drainScheduled = true;
        }
        try {
            publisher.execute(this::drain);
        } catch (RejectedExecutionException | NullPointerException e) {
            synchronized (lock) {
                drainScheduled = false; // stopping: doStop fails what is queued
            }
        }
    }

    /** Publisher thread: publishes queued messages while connected and under max_in_flight. */
    private void drain() {
        synchronized (lock) {
            drainScheduled = false;
        }
        while (true) {
            Session s = session;
            if (s == null || s.lost.get()) {
                CompletableFuture<Void> writable = connection.writable();
                if (writable.isDone() && !writable.isCompletedExceptionally()) {
                    // lost just as the loop reported connected: start the loop again rather than spin here
                    connection.reconnect("not connected");
                }
                awaitConnection();
                return;
            }
            Publish next;
            synchronized (lock) {
                if (queue.isEmpty() || inFlight >= Math.max(1, endpoint.getMaxInFlight())) {
                    return;
                }
                next = queue.poll();
                inFlight++;
            }
            publish(s, next);
        }
    }

    private void awaitConnection() {
        synchronized (lock) {
            if (awaitingConnection || queue.isEmpty()) {
                return;
            }
            awaitingConnection = true;
        }
        connection.writable().whenComplete((ok, failure) -> {
            synchronized (lock) {
                awaitingConnection = false;
            }
            if (failure == null) {
                schedule();
            }
        });
    }

    private void publish(Session s, Publish p) {
        PublishPreparer.Prepared m = p.message;
        if (endpoint.isExchangeDeclare() && preparer.staticExchange() == null && !s.declared.contains(m.exchange())) {
            try {
                declare(s.channel, m.exchange());
                s.declared.add(m.exchange());
            } catch (IOException | ShutdownSignalException e) {
                // the channel is closed by the failed declare: nack this message, reconnect for the next
                settle(List.of(p), new NackException("amqp failed to declare exchange: " + AmqpException.textOf(e)));
                lost(s, AmqpException.textOf(e));
                return;
            }
        }
        long seq = s.channel.getNextPublishSeqNo();
        s.unconfirmed.put(seq, p);
        try {
            s.channel.basicPublish(m.exchange(), m.key(), endpoint.isMandatory(), endpoint.isImmediate(),
                    m.properties(), m.body());
        } catch (IOException | RuntimeException e) {
            s.unconfirmed.remove(seq);
            LOG.error("Failed to send message: {}", AmqpException.textOf(e));
            synchronized (lock) {
                inFlight--;
                queue.addFirst(p); // re-sent once reconnected, as Benthos re-writes after ErrNotConnected
            }
            lost(s, AmqpException.textOf(e));
        }
    }

    /** Connection thread: a basic.return, which comes before the confirm of the same message. */
    private void returned(Session s, String exchange, String key, byte[] body) {
        for (Publish p : s.unconfirmed.values()) {
            PublishPreparer.Prepared m = p.message;
            if (!p.returned && m.exchange().equals(exchange) && m.key().equals(key) && Arrays.equals(m.body(), body)) {
                p.returned = true;
                return;
            }
        }
    }

    /** Connection thread: the broker confirmed ({@code ack}) or refused publishes up to {@code seq}. */
    private void confirmed(Session s, long seq, boolean multiple, boolean ack) {
        Map<Long, Publish> done = multiple ? s.unconfirmed.headMap(seq, true) : single(s, seq);
        List<Publish> acked = new ArrayList<>();
        List<Publish> nacked = new ArrayList<>();
        for (Long k : new ArrayList<>(done.keySet())) {
            Publish p = s.unconfirmed.remove(k);
            if (p != null) {
                (ack && !p.returned ? acked : nacked).add(p);
            }
        }
        if (!nacked.isEmpty()) {
            LOG.error("Failed to acknowledge message.");
        }
        settle(acked, null);
        settle(nacked, new NackException(NO_ACK));
    }

    private static Map<Long, Publish> single(Session s, long seq) {
        Publish p = s.unconfirmed.get(seq);
        return p == null ? Map.of() : Map.of(seq, p);
    }

    /** Completes publishes that left the in-flight window, then lets the next ones go. */
    private void settle(List<Publish> publishes, Exception failure) {
        if (publishes.isEmpty()) {
            return;
        }
        synchronized (lock) {
            inFlight -= publishes.size();
        }
        publishes.forEach(p -> complete(p, failure));
        schedule();
    }

    private void complete(Publish p, Exception failure) {
        p.transaction.settle(failure, confirms);
    }

    /**
     * The session died (the broker closed it, or a write failed): its unconfirmed messages are nacked, as Benthos's
     * deferred confirms resolve unacknowledged when the channel closes; the connect loop starts over.
     */
    private void lost(Session s, String reason) {
        if (!s.lost.compareAndSet(false, true)) {
            return;
        }
        // Benthos says nothing until its next publish fails; a line here keeps the reconnect from being silent
        LOG.warn("Lost connection to {}: {}", TYPE, reason);
        OutputConnection c = connection;
        if (c != null) {
            c.reconnect(reason);
        }
        if (session == s) {
            session = null;
        }
        List<Publish> unconfirmed = takeAll(s);
        if (!unconfirmed.isEmpty()) {
            LOG.error("Failed to acknowledge message.");
        }
        settle(unconfirmed, new NackException(NO_ACK));
        Thread closer = new Thread(() -> close(s), "benthos-" + TYPE + "-close");
        closer.setDaemon(true);
        closer.start(); // never close from the client's own connection thread
    }

    /** Removes every unconfirmed publish; each is taken once, even against a confirm arriving meanwhile. */
    private static List<Publish> takeAll(Session s) {
        List<Publish> taken = new ArrayList<>();
        for (Long seq : new ArrayList<>(s.unconfirmed.keySet())) {
            Publish p = s.unconfirmed.remove(seq);
            if (p != null) {
                taken.add(p);
            }
        }
        return taken;
    }

    private static void close(Session s) {
        try {
            s.connection.abort();
        } catch (RuntimeException e) {
            LOG.debug("closing the connection: {}", e.toString());
        }
    }
}
