package io.camelbenthos.message;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * One Benthos transaction's messages (processors reference §1.1): what an exchange's body holds while it travels a
 * translated route. Immutable, so copies of an exchange (multicast, enrich, split) may share it; a step that changes
 * messages copies them ({@link Message#copy()}) and sets a new batch as the body, never editing what it read.
 */
public final class MessageBatch implements Iterable<Message> {
    private static final MessageBatch EMPTY = new MessageBatch(List.of());

    private final List<Message> messages;

    private MessageBatch(List<Message> messages) {
        this.messages = messages;
    }

    public static MessageBatch of(Message message) {
        return new MessageBatch(List.of(message));
    }

    public static MessageBatch of(Collection<Message> messages) {
        return messages.isEmpty() ? EMPTY : new MessageBatch(List.copyOf(messages));
    }

    public static MessageBatch empty() {
        return EMPTY;
    }

    /** The messages, unmodifiable, in order. */
    public List<Message> messages() {
        return messages;
    }

    public int size() {
        return messages.size();
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public Message get(int index) {
        return messages.get(index);
    }

    /** Whether message 0 is flagged with an error: what strict mode and the single-message blocks of try/catch test. */
    public boolean isFlagged() {
        return !messages.isEmpty() && messages.get(0).errored();
    }

    /** Each message as a batch of its own (what try, catch and switch run their children on). */
    public List<MessageBatch> singles() {
        List<MessageBatch> out = new ArrayList<>(messages.size());
        for (Message m : messages) {
            out.add(of(m));
        }
        return out;
    }

    /** Total content bytes (batch policies' {@code byte_size}). */
    public long byteSize() {
        long n = 0;
        for (Message m : messages) {
            n += m.content().length;
        }
        return n;
    }

    @Override
    public Iterator<Message> iterator() {
        return messages.iterator();
    }

    @Override
    public String toString() {
        return "MessageBatch" + messages;
    }
}
