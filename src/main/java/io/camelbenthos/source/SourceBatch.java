package io.camelbenthos.source;

import io.camelbenthos.message.Message;
import java.util.List;
import java.util.function.Consumer;

/**
 * One transaction read from a {@link BatchSource}: its messages, the function told, exactly once, how it ended
 * (null: acked; else the nack's error), and where it is delivered when not to the pump's own target (a child input of
 * a {@code sequence} with processors of its own goes through them first).
 *
 * @param via an endpoint to deliver to instead of the pump's target, or null
 */
public record SourceBatch(List<Message> messages, Consumer<Throwable> ack, String via) {
    public SourceBatch(List<Message> messages, Consumer<Throwable> ack) {
        this(messages, ack, null);
    }

    /** A batch whose outcome nobody waits for. */
    public static SourceBatch unacked(List<Message> messages) {
        return new SourceBatch(messages, e -> { });
    }

    /** This batch delivered through {@code endpoint} (unless it already has a route of its own). */
    public SourceBatch via(String endpoint) {
        return via != null || endpoint == null || endpoint.isEmpty() ? this : new SourceBatch(messages, ack, endpoint);
    }

    /** This batch with another acknowledgement. */
    public SourceBatch withAck(Consumer<Throwable> newAck) {
        return new SourceBatch(messages, newAck, via);
    }
}
