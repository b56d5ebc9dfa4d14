package io.camelbenthos.http;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
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
     * Stores a deep copy (bytes, metadata, error flag) of the exchange's current message, so later processing, even
     * deletion, cannot change the stored response. Returns false when the exchange carries no store.
     */
    public static boolean store(Exchange exchange) {
        ResultStore store = storeOf(exchange);
        if (store == null) {
            return false;
        }
        org.apache.camel.Message in = exchange.getMessage();
        byte[] body = in.getBody(byte[].class);
        byte[] content = body == null ? new byte[0] : Arrays.copyOf(body, body.length);
        Map<String, Object> metadata = new LinkedHashMap<>(in.getHeaders());
        store.add(Message.builder()
                .content(content)
                .metadata(metadata)
                .error(exchange.getProperty(BenthosExchange.ERROR, Throwable.class))
                .build());
        return true;
    }
}
