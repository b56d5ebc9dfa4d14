package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Where a message enters a {@code retry} processor: its error flag is cleared (as Benthos does, benthos#125) and the
 * message as it is now is kept in its {@link RetryAttempts}, for every attempt to start from.
 */
public class RetryEntryStep implements Processor {
    private String stateProperty = "CamelBenthosRetry";
    private String initialInterval = "500ms";

    public String getStateProperty() {
        return stateProperty;
    }

    /** The exchange property holding the message's {@link RetryAttempts}. */
    public void setStateProperty(String stateProperty) {
        this.stateProperty = stateProperty;
    }

    public String getInitialInterval() {
        return initialInterval;
    }

    /** {@code backoff.initial_interval}, a Go duration. */
    public void setInitialInterval(String initialInterval) {
        this.initialInterval = initialInterval;
    }

    @Override
    public void process(Exchange exchange) {
        List<Message> cleared = new ArrayList<>();
        BenthosExchange.batch(exchange).forEach(m -> cleared.add(m.copy().setError(null)));
        long initial = initialInterval.isEmpty() ? 0 : GoDuration.parse(initialInterval);
        RetryAttempts attempts = new RetryAttempts(MessageBatch.of(cleared), initial);
        exchange.setProperty(stateProperty, attempts);
        BenthosExchange.setBatch(exchange, attempts.freshEntry());
    }

    @Override
    public String toString() {
        return "RetryEntry";
    }
}
