package io.camelbenthos.http.client;

import io.camelbenthos.http.SyncResponses;
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
        if (state.propagated && !SyncResponses.store(exchange)) {
            LOG.warn("Unable to propagate response to input: result store not found within batch context");
        }
    }
}
