package io.camelbenthos.nats;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.JetStreamSubscription;
import io.nats.client.Message;
import io.nats.client.PullSubscribeOptions;
import io.nats.client.PushSubscribeOptions;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.ConsumerInfo;
import io.nats.client.api.DeliverPolicy;
import io.nats.client.api.StreamConfiguration;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benthos's {@code nats_jetstream} input (semantics: connectors §3.4): a push subscription with explicit acks (durable
 * when {@code durable} is set, a queue group with {@code queue}), or, with {@code bind} to a consumer that has no
 * deliver subject, a pull loop fetching one message at a time. A message is acked once its exchange completed and
 * nacked ({@code Nak}, the server redelivers) when it failed; one never settled is redelivered after {@code ack_wait}.
 */
final class JetStreamConsumer extends NatsConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(JetStreamConsumer.class);
    /** JetStream's error code for a stream that does not exist. */
    private static final int STREAM_NOT_FOUND = 10059;

    private volatile Dispatcher dispatcher;
    private volatile Thread puller;

    JetStreamConsumer(NatsEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    protected void subscribe(Connection connection) throws IOException, JetStreamApiException {
        JetStream js = connection.jetStream();
        String stream = endpoint.getStream();
        String durable = endpoint.getDurable();
        String subject = endpoint.getSubject().isEmpty() ? null : endpoint.getSubject();
        if (endpoint.isBind() && !stream.isEmpty() && !durable.isEmpty()) {
            ConsumerInfo info = connection.jetStreamManagement().getConsumerInfo(stream, durable);
            if (info.getConsumerConfiguration().getDeliverSubject() == null) {
                pull(js.subscribe(subject, PullSubscribeOptions.bind(stream, durable)));
                return;
            }
            Dispatcher d = connection.createDispatcher();
            js.subscribe(subject, d, m -> dispatch(delivery(m)), false, PushSubscribeOptions.bind(stream, durable));
            dispatcher = d;
            return;
        }
        if (!stream.isEmpty()) {
            ensureStream(connection.jetStreamManagement(), stream);
        }
        ConsumerConfiguration.Builder config = ConsumerConfiguration.builder()
                .ackPolicy(AckPolicy.Explicit)
                .deliverPolicy(deliverPolicy(endpoint.getDeliver()))
                .ackWait(Duration.ofMillis(endpoint.getAckWait()))
                .maxAckPending(endpoint.getMaxAckPending());
        PushSubscribeOptions.Builder options = PushSubscribeOptions.builder().configuration(config.build());
        if (!stream.isEmpty()) {
            options.stream(stream);
        }
        if (!durable.isEmpty()) {
            options.durable(durable);
        }
        String queue = endpoint.getQueue().isEmpty() ? null : endpoint.getQueue();
        Dispatcher d = connection.createDispatcher();
        js.subscribe(subject, queue, d, m -> dispatch(delivery(m)), false, options.build());
        dispatcher = d;
    }

    /** With a stream named, it must exist, unless {@code create_stream} creates it for the subject. */
    private void ensureStream(JetStreamManagement jsm, String stream) throws IOException, JetStreamApiException {
        try {
            jsm.getStreamInfo(stream);
        } catch (JetStreamApiException e) {
            if (e.getApiErrorCode() != STREAM_NOT_FOUND) {
                throw e;
            }
            if (!endpoint.isCreateStream()) {
                throw new IOException("stream " + stream + " does not exist and create_stream is false", e);
            }
            String subject = endpoint.getSubject().isEmpty() ? "*" : endpoint.getSubject();
            jsm.addStream(StreamConfiguration.builder().name(stream).subjects(subject).build());
        }
    }

    static DeliverPolicy deliverPolicy(String deliver) {
        return switch (deliver) {
            case "last" -> DeliverPolicy.Last;
            case "last_per_subject" -> DeliverPolicy.LastPerSubject;
            case "new" -> DeliverPolicy.New;
            default -> DeliverPolicy.All;
        };
    }

    /** Pull mode: one message at a time, as Benthos's {@code Fetch(1)}, looping on timeouts. */
    private void pull(JetStreamSubscription sub) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    List<Message> got = sub.fetch(1, Duration.ofSeconds(1));
                    got.forEach(m -> dispatch(delivery(m)));
                } catch (IllegalStateException e) {
                    return; // the subscription or connection is closed
                } catch (RuntimeException e) {
                    LOG.error("Failed to read message: {}", NatsConnector.textOf(e));
                }
            }
        }, "benthos-" + type + "-pull");
        t.setDaemon(true);
        puller = t;
        t.start();
    }

    private Delivery delivery(Message m) {
        return new Delivery(m.getData(), NatsMetadata.jetStream(m), failure -> {
            if (failure == null) {
                m.ack();
            } else {
                m.nak();
            }
        });
    }

    @Override
    protected void stopReceiving(Connection connection) {
        Thread t = puller;
        if (t != null) {
            t.interrupt();
        }
        Dispatcher d = dispatcher;
        if (d != null) {
            connection.closeDispatcher(d); // a durable consumer stays on the server; an ephemeral one goes
        }
    }
}
