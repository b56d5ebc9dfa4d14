package io.camelbenthos.http;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import java.util.Arrays;
import java.util.LinkedHashMap;
import org.apache.camel.Exchange;

/** Benthos's {@code SetAsResponse}: how the sync_response steps and http_client put a message into the store. */
public final class SyncResponses {
    private SyncResponses() {
    }

    /** The store the consumer attached to this exchange, or null when the message did not come from one. */
    public static ResultStore storeOf(Exchange exchange) {
        return exchange.getProperty(ResultStore.PROPERTY, ResultStore.class);
    }

    /**
     * Stores a deep copy (bytes, metadata, error flag) of every message of the exchange's batch, so later processing,
     * even deletion, cannot change the stored response. Returns false when the exchange carries no store.
     */
    public static boolean store(Exchange exchange) {
        ResultStore store = storeOf(exchange);
        if (store == null) {
            return false;
        }
        for (Message m : BenthosExchange.batch(exchange)) {
            byte[] content = Arrays.copyOf(m.content(), m.content().length);
            store.add(Message.builder()
                    .content(content)
                    .metadata(new LinkedHashMap<>(m.metadata()))
                    .error(m.error())
                    .build());
        }
        return true;
    }
}
