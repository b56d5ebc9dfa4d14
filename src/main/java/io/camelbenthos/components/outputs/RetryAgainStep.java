package io.camelbenthos.components.outputs;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.NackException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A retry route's {@code onRedelivery}: logs the failure as Benthos does and makes the next attempt start from the
 * message as it entered. Camel has restored body and headers; this restores the error flag and removes Camel's
 * redelivery headers, which would otherwise reach the child as metadata.
 */
public class RetryAgainStep implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(RetryAgainStep.class);

    private String stateProperty = "CamelBenthosRetry";

    public String getStateProperty() {
        return stateProperty;
    }

    public void setStateProperty(String stateProperty) {
        this.stateProperty = stateProperty;
    }

    @Override
    public void process(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (failure != null) {
            LOG.warn("Failed to send message: {}", NackException.textOf(failure));
        }
        org.apache.camel.Message message = exchange.getMessage();
        message.removeHeader(Exchange.REDELIVERED);
        message.removeHeader(Exchange.REDELIVERY_COUNTER);
        message.removeHeader(Exchange.REDELIVERY_MAX_COUNTER);
        RetryState state = exchange.getProperty(stateProperty, RetryState.class);
        if (state != null) {
            BenthosExchange.setBatch(exchange, state.entered);
        }
    }
}
