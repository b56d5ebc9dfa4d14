package io.camelbenthos.components.outputs;

import org.apache.camel.Exchange;
import org.apache.camel.Predicate;

/**
 * A retry route's {@code retryWhile}: whether a failed attempt is retried, by Benthos's back-off rules (see
 * {@link RetryBackoff}). It counts failures itself, so Camel's redelivery headers can be kept off the message.
 */
public class RetryBudget implements Predicate {
    private String stateProperty = "CamelBenthosRetry";
    private long initialMs = RetryBackoff.FOREVER.initialMs();
    private long maxIntervalMs = RetryBackoff.FOREVER.maxIntervalMs();
    private long maxElapsedMs;
    private long maxRetries;

    public String getStateProperty() {
        return stateProperty;
    }

    public void setStateProperty(String stateProperty) {
        this.stateProperty = stateProperty;
    }

    public long getInitialMs() {
        return initialMs;
    }

    public void setInitialMs(long initialMs) {
        this.initialMs = initialMs;
    }

    public long getMaxIntervalMs() {
        return maxIntervalMs;
    }

    public void setMaxIntervalMs(long maxIntervalMs) {
        this.maxIntervalMs = maxIntervalMs;
    }

    public long getMaxElapsedMs() {
        return maxElapsedMs;
    }

    public void setMaxElapsedMs(long maxElapsedMs) {
        this.maxElapsedMs = maxElapsedMs;
    }

    public long getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(long maxRetries) {
        this.maxRetries = maxRetries;
    }

    void configure(RetryBackoff backoff) {
        initialMs = backoff.initialMs();
        maxIntervalMs = backoff.maxIntervalMs();
        maxElapsedMs = backoff.maxElapsedMs();
        maxRetries = backoff.maxRetries();
    }

    @Override
    public boolean matches(Exchange exchange) {
        RetryState state = exchange.getProperty(stateProperty, RetryState.class);
        if (state == null) {
            return false;
        }
        long now = System.nanoTime();
        if (++state.failures == 1) {
            state.firstFailureNanos = now;
        }
        if (maxRetries > 0 && state.failures > maxRetries) {
            return false;
        }
        RetryBackoff backoff = new RetryBackoff(initialMs, maxIntervalMs, maxElapsedMs, maxRetries);
        long elapsedMs = (now - state.firstFailureNanos) / 1_000_000;
        return maxElapsedMs <= 0 || elapsedMs + backoff.waitBefore(state.failures) <= maxElapsedMs;
    }
}
