package io.camelbenthos.components.outputs;

import io.camelbenthos.camel.BenthosExchange;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The first step of a retry route: remembers the message's error flag for the attempts. Camel restores the body and
 * headers before each redelivery, but not exchange properties, where the flag lives.
 */
public class RetryStartStep implements Processor {
    private String stateProperty = "CamelBenthosRetry";

    public String getStateProperty() {
        return stateProperty;
    }

    public void setStateProperty(String stateProperty) {
        this.stateProperty = stateProperty;
    }

    @Override
    public void process(Exchange exchange) {
        exchange.setProperty(stateProperty, new RetryState(BenthosExchange.batch(exchange)));
    }
}
