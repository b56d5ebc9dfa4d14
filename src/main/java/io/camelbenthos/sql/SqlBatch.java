package io.camelbenthos.sql;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * The messages a SQL step writes at once, in order: every message of every exchange's batch (an exchange is one
 * transaction of one or more messages; the output's batching policy hands over several exchanges). Remembers where
 * each message came from, so an outcome goes to its own exchange: a nack fails the whole transaction, a processor's
 * flag marks just that message within its batch.
 */
final class SqlBatch {
    private final List<Message> messages = new ArrayList<>();
    private final List<Exchange> owners = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();

    SqlBatch(List<Exchange> exchanges) {
        for (Exchange e : exchanges) {
            List<Message> batch = BenthosExchange.batch(e).messages();
            for (int i = 0; i < batch.size(); i++) {
                messages.add(batch.get(i));
                owners.add(e);
                positions.add(i);
            }
        }
    }

    /** The messages, shared: read them, never edit them. */
    List<Message> messages() {
        return messages;
    }

    int size() {
        return messages.size();
    }

    /** The exchange (transaction) message {@code i} belongs to. */
    Exchange owner(int i) {
        return owners.get(i);
    }

    /** Flags message {@code i} only; the other messages of its batch are left as they are. */
    void flag(int i, String text) {
        Exchange owner = owners.get(i);
        List<Message> batch = new ArrayList<>(BenthosExchange.batch(owner).messages());
        int at = positions.get(i);
        batch.set(at, batch.get(at).copy().setError(new NackException(text)));
        BenthosExchange.setBatch(owner, MessageBatch.of(batch));
    }
}
