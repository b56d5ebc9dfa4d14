package io.camelbenthos.http.client;

import io.camelbenthos.message.MessageBatch;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;

/** One http_client send in progress, kept on the exchange between the steps of the retry loop. */
final class HttpCallState {
    /** Exchange property holding this state. */
    static final String PROPERTY = "CamelBenthosHttpCall";
    /** Exchange property the loop tests: absent or true means another attempt. */
    static final String RETRY = "CamelBenthosHttpRetry";
    /** Exchange property the loop's delay reads, in milliseconds. */
    static final String DELAY = "CamelBenthosHttpDelay";
    /** Exchange property set when the attempt failed before sending (oauth2 token): the request is not sent. */
    static final String SKIP = "CamelBenthosHttpSkip";

    int attempts;
    /** When the current attempt's request was built (nanoTime), for the request dump. */
    long startedNanos;
    String url;
    /** The exchange's batch while its body and headers hold the request. */
    MessageBatch batch;
    /** Parts 1..n of a multipart response with propagate_response: each becomes one more response message. */
    List<byte[]> extraParts = List.of();
    /** How many messages the propagated response made: 1, or its parts when multipart (0 for none). */
    int responseParts = 1;
    /** What a propagated response adds to each response message's metadata (http_status_code, extracted headers). */
    Map<String, Object> responseMetadata = Map.of();
    /** The last failure's text; null after a success. */
    String error;
    boolean propagated;

    /**
     * Takes the finished send's state off the exchange, with the loop's properties, so a later http step on the same
     * exchange starts afresh; null when the exchange carries none.
     */
    static HttpCallState takeFrom(Exchange exchange) {
        HttpCallState state = exchange.getProperty(PROPERTY, HttpCallState.class);
        exchange.removeProperty(PROPERTY);
        exchange.removeProperty(RETRY);
        exchange.removeProperty(DELAY);
        exchange.removeProperty(SKIP);
        return state;
    }
}
