package io.camelbenthos.components.outputs;

import org.apache.camel.Exchange;

/**
 * {@link FanOutStrategy} for the fail-fast patterns: the first child failure completes the multicast at once. Used
 * instead of {@code stopOnException}, which would wrap the child's error in a CamelExchangeException and so change
 * the nack text.
 */
public class FailFastStrategy extends FanOutStrategy {
    @Override
    public boolean canPreComplete() {
        return true;
    }

    @Override
    public boolean preComplete(Exchange oldExchange, Exchange newExchange) {
        return newExchange.getException() != null || (oldExchange != null && oldExchange.getException() != null);
    }
}
