package io.camelbenthos.buffer;

import io.camelbenthos.message.Message;
import java.util.Map;

/**
 * One message waiting in a {@code system_window} buffer: its timestamp (unix nanoseconds), the ack of the transaction
 * it came in, and that transaction's exchange properties (an http_server request's result store).
 */
final class WindowEntry {
    final Message message;
    final long timestamp;
    final WindowAck ack;
    final Map<String, Object> properties;
    /** Set by its first delivery, which alone acks it; later deliveries (sliding windows) are best effort. */
    boolean delivered;

    WindowEntry(Message message, long timestamp, WindowAck ack, Map<String, Object> properties) {
        this.message = message;
        this.timestamp = timestamp;
        this.ack = ack;
        this.properties = properties;
    }
}
