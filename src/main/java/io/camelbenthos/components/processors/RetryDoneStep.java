package io.camelbenthos.components.processors;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Where a message leaves a {@code retry} processor: each result carries {@code retry_count} (the failed attempts
 * counted) and {@code backoff_duration} (the waits in nanoseconds), as Benthos sets them.
 */
public class RetryDoneStep implements Processor {
    private String stateProperty = "CamelBenthosRetry";

    public String getStateProperty() {
        return stateProperty;
    }

    /** The exchange property holding the message's {@link RetryAttempts}. */
    public void setStateProperty(String stateProperty) {
        this.stateProperty = stateProperty;
    }

    @Override
    public void process(Exchange exchange) {
        RetryAttempts attempts = exchange.getProperty(stateProperty, RetryAttempts.class);
        exchange.removeProperty(stateProperty);
        if (attempts == null) {
            return;
        }
        List<Message> out = new ArrayList<>();
        for (Message m : BenthosExchange.batch(exchange)) {
            Message tagged = m.copy();
            tagged.metadata().put("retry_count", attempts.retries());
            tagged.metadata().put("backoff_duration", attempts.backoffNanos());
            out.add(tagged);
        }
        BenthosExchange.setBatch(exchange, MessageBatch.of(out));
    }

    @Override
    public String toString() {
        return "RetryDone";
    }
}
