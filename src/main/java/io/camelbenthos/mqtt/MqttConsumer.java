package io.camelbenthos.mqtt;

import io.camelbenthos.readiness.InputConnection;
import io.camelbenthos.readiness.PendingAcks;
import io.camelbenthos.readiness.ReplayBackoff;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benthos's mqtt input: subscribes to its topics and routes each message as one exchange. Unlike Benthos (whose paho
 * acknowledges a message as soon as it takes it), the PUBACK (QoS 1) or PUBCOMP (QoS 2) is sent only once the
 * exchange completed, with Paho's manual acks: a message the process never finished is redelivered by the broker
 * (with {@code clean_session: false}, or to a subscriber still connected), so the input is at-least-once end to end.
 * A nacked message is processed again after Benthos's replay backoff ({@code auto_replay_nacks}, default) or dropped
 * (acked) with {@code auto_replay_nacks: false}.
 *
 * <p>Connecting is Benthos's input connect loop: a failure is logged {@code Failed to connect to mqtt: <error>} and
 * retried with the input backoff (100 ms to 1 s), a success logged {@code Input type mqtt is now active}. A lost
 * connection is logged {@code Connection lost due to: <reason>} and sends the input back to that loop with a new
 * client; acks of the dead client's messages fail ({@code Failed to acknowledge message: <error>}) and the broker
 * redelivers them.
 */
public class MqttConsumer extends DefaultConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(MqttConsumer.class);
    static final String TYPE = "mqtt";
    /** How long stopping waits for messages in flight to be acked, as Benthos waits for pending acks. */
    private static final long DRAIN_MILLIS = 10_000;

    private final MqttEndpoint endpoint;
    private final MqttDialer dialer;
    private final InputConnection<MqttAsyncClient> connection;
    private final PendingAcks pending = new PendingAcks();
    private ScheduledExecutorService replays;

    /** One received message, with the client that must acknowledge it. */
    private static final class Delivery {
        final MqttAsyncClient client;
        final String topic;
        final MqttMessage message;
        int retries;

        Delivery(MqttAsyncClient client, String topic, MqttMessage message) {
            this.client = client;
            this.topic = topic;
            this.message = message;
        }
    }

    public MqttConsumer(MqttEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.dialer = endpoint.dialer(); // fails now, not in the loop, for a bad URL
        if (endpoint.getTopics().isEmpty()) {
            throw new IllegalArgumentException("mqtt: at least one topic is required");
        }
        this.connection = new InputConnection<>(TYPE, new InputConnection.Connector<>() {
            @Override
            public MqttAsyncClient connect() throws InputConnection.Failed {
                return MqttConsumer.this.connect();
            }

            @Override
            public boolean alive(MqttAsyncClient client) {
                return client.isConnected();
            }

            @Override
            public void close(MqttAsyncClient client) {
                MqttDialer.close(client);
            }
        });
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        endpoint.connectionState(connection::state);
        replays = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "MqttReplays");
        connection.start();
    }

    /** Connects a new client and subscribes every topic at once, as Benthos's on-connect handler does. */
    private MqttAsyncClient connect() throws InputConnection.Failed {
        MqttAsyncClient client;
        try {
            client = dialer.connect(Callbacks::new, true, endpoint.isCleanSession(), 65535);
        } catch (MqttFailure e) {
            throw new InputConnection.Failed(e.getMessage(), e);
        }
        List<String> topics = endpoint.getTopics();
        int[] qos = new int[topics.size()];
        java.util.Arrays.fill(qos, endpoint.getQos());
        try {
            IMqttToken token = client.subscribe(topics.toArray(new String[0]), qos);
            token.waitForCompletion(endpoint.getConnectTimeout());
            for (int granted : token.getGrantedQos()) {
                if (granted == 0x80) {
                    throw new MqttException(MqttException.REASON_CODE_SUBSCRIBE_FAILED);
                }
            }
            return client;
        } catch (MqttException | RuntimeException e) {
            String text = MqttFailure.textOf(e);
            LOG.error("Failed to subscribe to topics '[{}]': {}", String.join(" ", topics), text);
            LOG.error("Shutting connection down.");
            MqttDialer.close(client);
            throw new InputConnection.Failed(text, e, true);
        }
    }

    /** Paho's callbacks for one client: its messages, and its connection ending. */
    private final class Callbacks implements MqttCallback {
        private final MqttAsyncClient client;

        Callbacks(MqttAsyncClient client) {
            this.client = client;
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            if (connection.stopping()) {
                return; // left unacked: the broker delivers it again
            }
            pending.add();
            dispatch(new Delivery(client, topic, message));
        }

        @Override
        public void connectionLost(Throwable cause) {
            lost(client, cause);
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // the input publishes nothing
        }
    }

    /** The client's connection died: Benthos's line, and back to the connect loop (unless stopping or stale). */
    private void lost(MqttAsyncClient client, Throwable cause) {
        String reason = cause == null ? null : MqttFailure.textOf(cause);
        if (!connection.lost(client, reason == null ? "connection lost" : reason)) {
            return;
        }
        if (reason == null) {
            LOG.error("Connection lost for unknown reasons.");
        } else {
            LOG.error("Connection lost due to: {}", reason);
        }
    }

    private void dispatch(Delivery d) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(d.message.getPayload());
        exchange.getMessage().getHeaders().putAll(metadata(d.topic, d.message));
        try {
            getAsyncProcessor().process(exchange, doneSync -> completed(d, exchange));
        } catch (RuntimeException e) {
            exchange.setException(e);
            completed(d, exchange);
        }
    }

    /** Benthos's metadata of an mqtt message, typed. */
    static Map<String, Object> metadata(String topic, MqttMessage m) {
        return Map.of("mqtt_duplicate", m.isDuplicate(), "mqtt_qos", (long) m.getQos(),
                "mqtt_retained", m.isRetained(), "mqtt_topic", topic, "mqtt_message_id", (long) m.getId());
    }

    private void completed(Delivery d, Exchange exchange) {
        Exception failure = exchange.getException();
        releaseExchange(exchange, false);
        if (failure != null && endpoint.isAutoReplayNacks()) {
            if (!replay(d, failure)) {
                pending.done(); // stopping: left unacked, for the broker to deliver again
            }
            return;
        }
        try {
            if (d.message.getQos() > 0) {
                if (!d.client.isConnected()) { // the client it came with is gone: the broker delivers it again
                    throw new MqttException(MqttException.REASON_CODE_CLIENT_NOT_CONNECTED);
                }
                d.client.messageArrivedComplete(d.message.getId(), d.message.getQos());
            }
        } catch (MqttException | RuntimeException e) {
            LOG.error("Failed to acknowledge message: {}", MqttFailure.textOf(e));
        } finally {
            pending.done();
        }
    }

    /** Schedules a nacked message to be processed again; false when stopping. */
    private boolean replay(Delivery d, Exception failure) {
        if (connection.stopping()) {
            return false;
        }
        d.retries++;
        LOG.debug("Replaying nacked message from {}: {}", d.topic, failure.getMessage());
        try {
            replays.schedule(() -> dispatch(d), ReplayBackoff.millis(d.retries), TimeUnit.MILLISECONDS);
            return true;
        } catch (RuntimeException rejected) {
            return false;
        }
    }

    @Override
    protected void doStop() throws Exception {
        MqttAsyncClient client = connection.stop();
        if (client != null) {
            pending.await(DRAIN_MILLIS); // no unsubscribe: a kept session (clean_session: false) keeps its subscriptions
            try {
                client.disconnect().waitForCompletion(endpoint.getConnectTimeout());
            } catch (MqttException | RuntimeException e) {
                LOG.debug("disconnecting: {}", MqttFailure.textOf(e));
            }
            MqttDialer.close(client);
        }
        if (replays != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(replays);
        }
        super.doStop();
    }
}
