package io.camelbenthos.source;

import io.camelbenthos.message.Message;
import java.util.List;
import java.util.function.Consumer;

/**
 * One transaction read from a {@link BatchSource}: its messages and the function told, exactly once, how it ended
 * (null: acked; else the nack's error).
 */
public record SourceBatch(List<Message> messages, Consumer<Throwable> ack) {
    /** A batch whose outcome nobody waits for. */
    public static SourceBatch unacked(List<Message> messages) {
        return new SourceBatch(messages, e -> { });
    }
}
