package io.camelbenthos.amqp;

import com.google.re2j.Pattern;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.camel.PendingAcks;
import io.camelbenthos.readiness.ConnectBackoff;
import io.camelbenthos.readiness.ConnectionState;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benthos's amqp_0_9 input: consumes a queue and routes each delivery as one exchange, acking it
 * ({@code basic.ack}) once the exchange completed, nacking it on a failure: {@code basic.nack} with requeue, or
 * without when the error text matches a {@code nack_reject_patterns} regex (semantics §2.1). With {@code auto_ack}
 * the broker acks on delivery and nothing is sent back.
 *
 * <p>Deliveries arrive on the client's consumer thread of the channel; the route hands each to a pipeline thread
 * (pipeline.threads), so up to {@code prefetch_count} messages are in flight at once, as in Benthos.
 *
 * <p>Connecting is Benthos's input connect loop: each URL in order, then declare, bind, qos and consume; a failure is
 * logged {@code Failed to connect to amqp_0_9: <error>} and retried with the input backoff (100 ms to 1 s), a
 * success logged {@code Input type amqp_0_9 is now active}. A connection or consumer the broker closes sends the
 * input back to that loop; deliveries of the dead channel are redelivered by the broker (their acks fail:
 * {@code Failed to acknowledge message: <error>}).
 */
public class Amqp09Consumer extends DefaultConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(Amqp09Consumer.class);
    static final String TYPE = "amqp_0_9";
    /** How long stopping waits for messages in flight to be acked, as Benthos waits for pending acks. */
    private static final long DRAIN_MILLIS = 10_000;

    private final Amqp09Endpoint endpoint;
    private final List<Pattern> rejectPatterns;
    private final Object lock = new Object();
    /** The live session; guarded by {@code lock}. */
    private Session session;
    private Thread loop;
    private boolean stopping;
    private final PendingAcks pending = new PendingAcks();
    private volatile ConnectionState state = ConnectionState.PENDING;

    /** One connection, its channel and the consumer on it. */
    private record Session(Connection connection, Channel channel, String consumerTag) {
    }

    public Amqp09Consumer(Amqp09Endpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.rejectPatterns = compile(endpoint.getNackRejectPatterns());
        endpoint.dialer(); // fails now, not in the loop, when no URL was given
    }

    /** Compiles {@code nack_reject_patterns} (RE2 syntax, as Go's regexp). */
    static List<Pattern> compile(List<String> patterns) {
        return patterns.stream().map(p -> {
            try {
                return Pattern.compile(p);
            } catch (com.google.re2j.PatternSyntaxException e) {
                throw new IllegalArgumentException("compiling nack reject pattern: " + e.getMessage(), e);
            }
        }).toList();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        endpoint.connectionState(() -> state);
        synchronized (lock) {
            stopping = false;
            startLoop(null);
        }
    }

    /** Starts the connect loop, first closing {@code lost} (the session the broker closed), as Benthos disconnects. */
    private void startLoop(Session lost) {
        loop = new Thread(() -> {
            if (lost != null) {
                disconnect(lost);
            }
            connectLoop();
        }, "benthos-" + TYPE + "-input-connect");
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
                Session s = connect();
                synchronized (lock) {
                    if (stopping) {
                        disconnect(s);
                        return;
                    }
                    // a close before this point found no session to end (lost() ignored it): check for it here
                    if (s.channel().isOpen()) {
                        session = s;
                        state = ConnectionState.CONNECTED;
                        LOG.info("Input type {} is now active", TYPE);
                        return;
                    }
                }
                disconnect(s);
                throw new AmqpException("connection closed while connecting", null);
            } catch (AmqpException e) {
                state = ConnectionState.failing(e.getMessage());
                LOG.error("Failed to connect to {}: {}", TYPE, e.getMessage());
            }
            try {
                Thread.sleep(backoff.nextMillis(ThreadLocalRandom.current().nextDouble()));
            } catch (InterruptedException e) {
                return; // stopping
            }
        }
    }

    /** Benthos's Connect: dial, channel, declare, bind, qos, consume; every failure closes what was opened. */
    private Session connect() throws AmqpException {
        Connection connection = endpoint.dialer().dial("camel-benthos " + TYPE + " " + endpoint.getName());
        try {
            Channel channel = step("AMQP 0.9 Channel: ", connection::createChannel);
            if (endpoint.isQueueDeclare()) {
                step("queue Declare: ", () -> channel.queueDeclare(endpoint.getQueue(), endpoint.isQueueDurable(),
                        false, endpoint.isQueueAutoDelete(), new HashMap<>(endpoint.getQueueArguments())));
            }
            for (Amqp09Endpoint.Binding b : endpoint.getBindings()) {
                step("queue Bind: ", () -> channel.queueBind(endpoint.getQueue(), b.exchange(), b.key()));
            }
            step("qos: ", () -> {
                channel.basicQos(endpoint.getPrefetchSize(), endpoint.getPrefetchCount(), false);
                return null;
            });
            Session[] self = new Session[1];
            String tag = step("queue Consume: ", () -> channel.basicConsume(endpoint.getQueue(), endpoint.isAutoAck(),
                    endpoint.getConsumerTag(), false, false, null, new Deliveries(channel, self)));
            self[0] = new Session(connection, channel, tag);
            return self[0];
        } catch (AmqpException | RuntimeException e) {
            abort(connection);
            throw e;
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws IOException;
    }

    private static <T> T step(String prefix, Step<T> step) throws AmqpException {
        try {
            return step.run();
        } catch (IOException | ShutdownSignalException e) {
            throw new AmqpException(prefix + AmqpException.textOf(e), e);
        }
    }

    /** The client's callbacks for one channel: deliveries, and the broker ending them. */
    private final class Deliveries extends com.rabbitmq.client.DefaultConsumer {
        private final Session[] session;

        Deliveries(Channel channel, Session[] session) {
            super(channel);
            this.session = session;
        }

        @Override
        public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
            dispatch(getChannel(), consumerTag, envelope, properties, body);
        }

        @Override
        public void handleShutdownSignal(String consumerTag, ShutdownSignalException sig) {
            if (!sig.isInitiatedByApplication()) {
                lost(session[0], AmqpException.textOf(sig));
            }
        }

        @Override
        public void handleCancel(String consumerTag) {
            lost(session[0], "consumer " + consumerTag + " was cancelled by the server");
        }
    }

    /** The broker ended the session: back to the connect loop (unless stopping, or already done). */
    private void lost(Session lost, String reason) {
        synchronized (lock) {
            if (stopping || lost == null || session != lost) {
                return;
            }
            session = null;
            state = ConnectionState.failing(reason);
            if (loop != null) {
                loop.interrupt();
            }
            startLoop(lost);
        }
    }

    /** Benthos's disconnect: cancel the consumer, close the connection, logging what fails. */
    private static void disconnect(Session s) {
        try {
            s.channel().basicCancel(s.consumerTag());
        } catch (IOException | RuntimeException e) {
            LOG.error("Failed to cancel consumer: {}", AmqpException.textOf(e));
        }
        try {
            s.connection().close();
        } catch (IOException | RuntimeException e) {
            LOG.error("Failed to close connection cleanly: {}", AmqpException.textOf(e));
        }
    }

    private static void abort(Connection connection) {
        connection.abort();
    }

    private void dispatch(Channel channel, String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
                          byte[] body) {
        Map<String, Object> metadata = DeliveryMetadata.of(consumerTag, envelope, properties);
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(body);
        exchange.getMessage().getHeaders().putAll(metadata);
        pending.add();
        try {
            getAsyncProcessor().process(exchange, doneSync -> {
                Exception failure = exchange.getException();
                releaseExchange(exchange, false);
                settle(channel, envelope.getDeliveryTag(), failure);
            });
        } catch (RuntimeException e) {
            settle(channel, envelope.getDeliveryTag(), e);
        }
    }

    /** The ack function: ack on success, nack (requeue unless a reject pattern matches) on failure. */
    private void settle(Channel channel, long deliveryTag, Exception failure) {
        try {
            if (endpoint.isAutoAck()) {
                return;
            }
            if (failure == null) {
                channel.basicAck(deliveryTag, false);
                return;
            }
            String text = NackException.textOf(failure);
            boolean reject = rejectPatterns.stream().anyMatch(p -> p.matcher(text).find());
            channel.basicNack(deliveryTag, false, !reject);
        } catch (IOException | RuntimeException e) {
            LOG.error("Failed to acknowledge message: {}", AmqpException.textOf(e));
        } finally {
            pending.settled();
        }
    }

    @Override
    protected void doStop() throws Exception {
        Session s;
        synchronized (lock) {
            stopping = true;
            if (loop != null) {
                loop.interrupt();
            }
            s = session;
            session = null;
        }
        if (s != null) {
            try {
                s.channel().basicCancel(s.consumerTag()); // no new deliveries; those in flight are still acked
            } catch (IOException | RuntimeException e) {
                LOG.error("Failed to cancel consumer: {}", AmqpException.textOf(e));
            }
            pending.await(DRAIN_MILLIS);
            try {
                s.connection().close();
            } catch (IOException | RuntimeException e) {
                LOG.error("Failed to close connection cleanly: {}", AmqpException.textOf(e));
            }
        }
        state = ConnectionState.PENDING;
        super.doStop();
    }
}
