package io.camelbenthos.nats;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.camel.Processor;

/**
 * Benthos's {@code nats} input (semantics: connectors §3.2): a core NATS subscription, with a queue group when
 * {@code queue} is set, buffering up to {@code prefetch_count} messages. An acked message with a reply subject gets
 * {@code +ACK} published to it ({@code send_ack}); a nack is replayed in memory ({@code auto_replay_nacks}, default),
 * or else answered {@code -NAK} (with {@code nak_delay}). Core NATS is at-most-once: nothing is kept for a subscriber
 * that is not there.
 */
final class CoreConsumer extends NatsConsumer {
    private static final byte[] ACK = "+ACK".getBytes(StandardCharsets.US_ASCII);
    private static final long DEFAULT_PENDING_BYTES = 64L * 1024 * 1024;

    private volatile Dispatcher dispatcher;

    CoreConsumer(NatsEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    protected void subscribe(Connection connection) {
        Dispatcher d = connection.createDispatcher(m -> dispatch(delivery(connection, m)));
        if (endpoint.getPrefetchCount() > 0) {
            d.setPendingLimits(endpoint.getPrefetchCount(), DEFAULT_PENDING_BYTES);
        }
        if (endpoint.getQueue().isEmpty()) {
            d.subscribe(endpoint.getSubject());
        } else {
            d.subscribe(endpoint.getSubject(), endpoint.getQueue());
        }
        dispatcher = d;
    }

    private Delivery delivery(Connection connection, Message m) {
        Map<String, Object> metadata = NatsMetadata.core(m);
        String reply = m.getReplyTo();
        return new Delivery(m.getData(), metadata, failure -> {
            if (reply == null || reply.isEmpty()) {
                return; // nothing to answer: the "no reply" error is swallowed, as in Benthos
            }
            if (failure == null) {
                if (endpoint.isSendAck()) {
                    connection.publish(reply, ACK);
                }
            } else {
                connection.publish(reply, nak(endpoint.getNakDelay()));
            }
        });
    }

    /** {@code -NAK}, or with a delay {@code -NAK {"delay": <nanoseconds>}} as nats.go's NakWithDelay sends it. */
    static byte[] nak(long delayMillis) {
        String text = delayMillis > 0 ? "-NAK {\"delay\": " + delayMillis * 1_000_000L + "}" : "-NAK";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    protected void stopReceiving(Connection connection) {
        Dispatcher d = dispatcher;
        if (d != null) {
            d.unsubscribe(endpoint.getSubject());
        }
    }
}
