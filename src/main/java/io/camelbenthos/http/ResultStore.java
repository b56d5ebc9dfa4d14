package io.camelbenthos.http;

import io.camelbenthos.message.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-request store of synchronous responses (Benthos's {@code transaction.ResultStore}, semantics §2.1): created
 * by the HTTP consumer, carried by the exchange as the property {@link #PROPERTY}. Camel copies properties by
 * reference into multicast and split copies, so every fan-out child appends to the same store. Append-only and
 * thread-safe, because fan-out children may run in parallel.
 */
public final class ResultStore {
    /** Exchange property under which the consumer puts the store. */
    public static final String PROPERTY = "CamelBenthosResultStore";

    private final List<Message> messages = new ArrayList<>(1);

    /** Adds one message (already a deep copy owned by the store). */
    public synchronized void add(Message message) {
        messages.add(message);
    }

    /** Every stored message, in the order added, flattened into one list (§1.7). */
    public synchronized List<Message> snapshot() {
        return List.copyOf(messages);
    }
}
