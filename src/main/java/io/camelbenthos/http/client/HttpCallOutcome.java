package io.camelbenthos.http.client;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.http.ResultStore;
import io.camelbenthos.http.SyncResponses;
import io.camelbenthos.message.Message;
import java.util.LinkedHashMap;
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
        HttpCallState state = exchange.getProperty(HttpCallState.PROPERTY, HttpCallState.class);
        exchange.removeProperty(HttpCallState.PROPERTY);
        exchange.removeProperty(HttpCallState.RETRY);
        exchange.removeProperty(HttpCallState.DELAY);
        if (state == null) {
            return;
        }
        if (state.error != null) {
            throw new HttpClientException(state.error);
        }
        if (state.propagated) {
            ResultStore store = SyncResponses.storeOf(exchange);
            if (store == null) {
                LOG.warn("Unable to propagate response to input: result store not found within batch context");
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
}
