package io.camelbenthos.http.client;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the attempts of an {@code http} processor request (processor_http.go): on success the message already holds
 * the response (body and metadata); on failure it is the input unchanged (plus {@code http_status_code} and the
 * extracted headers of an error response), flagged with the error and logged, and it flows on. A multipart response
 * with no part is the error {@code HTTP response from '<url>' was empty}.
 */
public class HttpProcessorOutcome implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(HttpProcessorOutcome.class);

    private String url = "";

    /** The configured (uninterpolated) url, as Benthos's log line and empty-response error name it. */
    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    @Override
    public void process(Exchange exchange) {
        HttpCallState state = HttpCallState.takeFrom(exchange);
        if (state == null) {
            return;
        }
        if (state.error != null) {
            LOG.error("HTTP request to '{}' failed: {}", url, state.error);
            BenthosExchange.flag(exchange, new HttpClientException(state.error));
        } else if (state.responseParts == 0) {
            BenthosExchange.flag(exchange, new HttpClientException("HTTP response from '" + url + "' was empty"));
        } else if (!state.extraParts.isEmpty()) {
            // Benthos emits one message per part: the others follow the first as copies of it with their own bytes.
            Message first = BenthosExchange.first(exchange);
            List<Message> out = new ArrayList<>(BenthosExchange.batch(exchange).messages());
            for (byte[] part : state.extraParts) {
                out.add(first.copy().setContent(part));
            }
            BenthosExchange.setBatch(exchange, MessageBatch.of(out));
        }
    }
}
