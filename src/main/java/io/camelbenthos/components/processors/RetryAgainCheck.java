package io.camelbenthos.components.processors;

import org.apache.camel.Exchange;

/**
 * The condition of a {@code retry} processor's attempt loop: true while the message's {@link RetryAttempts} is not
 * done, nor its wait cut short by a stop (which flagged it). It only reads: Camel calls it on a copy of the exchange.
 */
public class RetryAgainCheck {
    private String stateProperty = "CamelBenthosRetry";

    public String getStateProperty() {
        return stateProperty;
    }

    /** The exchange property holding the message's {@link RetryAttempts}. */
    public void setStateProperty(String stateProperty) {
        this.stateProperty = stateProperty;
    }

    public boolean again(Exchange exchange) {
        RetryAttempts attempts = exchange.getProperty(stateProperty, RetryAttempts.class);
        if (attempts == null || attempts.done() || attempts.cutShort() || exchange.isRouteStop()) {
            return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return "RetryAgain";
    }
}
