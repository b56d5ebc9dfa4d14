package io.camelbenthos.http.client;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.http.ResultStore;
import io.camelbenthos.http.SyncResponses;
import io.camelbenthos.message.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the attempts of an http_client send: a failure becomes the nack (exception with Benthos's error text); a
 * propagated response is stored as the sync response. Clears the per-send state so a later http_client on the same
 * exchange starts afresh.
 */
public class HttpCallOutcome implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(HttpCallOutcome.class);

    @Override
    public void process(Exchange exchange) throws Exception {
        HttpCallState state = HttpCallState.takeFrom(exchange);
        if (state == null) {
            return;
        }
        if (state.error != null) {
            throw new HttpClientException(state.error);
        }
        if (state.propagated) {
            ResultStore store = SyncResponses.storeOf(exchange);
            // A multipart response with no part is an empty batch: Benthos's SetAsResponse finds no message 0 and
            // so no store; the write itself succeeded.
            if (store == null || state.responseParts == 0) {
                LOG.warn("Unable to propagate response to input: result store not found within batch context");
                return;
            }
            if (exchange.getProperty(HttpBatchSender.BATCH) instanceof List<?> batch && !batch.isEmpty()) {
                storeBatch(store, exchange, batch, state);
                return;
            }
            List<Message> own = BenthosExchange.batch(exchange).messages();
            if (own.size() > 1) {
                // the exchange's batch sent as one multipart request (batch_as_multipart)
                storeBatch(store, exchange, own, state);
                return;
            }
            SyncResponses.store(exchange);
            // The other parts of a multipart response: copies of message 0 with their own bytes (Benthos's
            // msg[0].Copy() then SetBytes).
            Message first = BenthosExchange.toMessage(exchange);
            for (byte[] part : state.extraParts) {
                store.add(Message.builder().content(part).metadata(new LinkedHashMap<>(first.metadata()))
                        .error(first.error()).build());
            }
        }
    }

    /**
     * A batch sent as one multipart request (Benthos's WriteBatch): response part i overwrites the bytes of message
     * i and merges the response metadata into its own; parts beyond the batch copy message 0. All of it goes to
     * message 0's store, as SetAsResponse looks only at message 0.
     */
    private static void storeBatch(ResultStore store, Exchange exchange, List<?> batch, HttpCallState state) {
        List<byte[]> parts = new ArrayList<>();
        parts.add(BenthosExchange.first(exchange).content());
        parts.addAll(state.extraParts);
        Map<String, Object> first = null;
        for (int i = 0; i < parts.size(); i++) {
            Map<String, Object> metadata;
            if (i < batch.size()) {
                metadata = new LinkedHashMap<>(((Message) batch.get(i)).metadata());
                metadata.putAll(state.responseMetadata);
            } else {
                metadata = new LinkedHashMap<>(first);
            }
            if (first == null) {
                first = metadata;
            }
            byte[] part = parts.get(i);
            store.add(Message.builder().content(part == null ? new byte[0] : part).metadata(metadata).build());
        }
    }
}
