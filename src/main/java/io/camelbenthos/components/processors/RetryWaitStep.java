package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.MessageBatch;
import java.time.Duration;
import org.apache.camel.Exchange;

/**
 * After each attempt of a {@code retry} processor: an attempt none of whose results is flagged (or that dropped the
 * message) ends the loop; a failed one is counted ({@link RetryAttempts#failed}) and, unless that gives up, waits for
 * the back-off on a timer, holding no thread ({@link WaitingStep}), then puts back the message as it entered for the
 * next attempt.
 */
public class RetryWaitStep extends WaitingStep {
    private String stateProperty = "CamelBenthosRetry";
    private long maxRetries;
    private String maxInterval = "10s";
    private String maxElapsedTime = "1m";

    public String getStateProperty() {
        return stateProperty;
    }

    /** The exchange property holding the message's {@link RetryAttempts}. */
    public void setStateProperty(String stateProperty) {
        this.stateProperty = stateProperty;
    }

    public long getMaxRetries() {
        return maxRetries;
    }

    /** {@code max_retries}: attempts in all (Benthos's count); 0: no limit. */
    public void setMaxRetries(long maxRetries) {
        this.maxRetries = maxRetries;
    }

    public String getMaxInterval() {
        return maxInterval;
    }

    /** {@code backoff.max_interval}, a Go duration. */
    public void setMaxInterval(String maxInterval) {
        this.maxInterval = maxInterval;
    }

    public String getMaxElapsedTime() {
        return maxElapsedTime;
    }

    /** {@code backoff.max_elapsed_time}, a Go duration; zero: no limit. */
    public void setMaxElapsedTime(String maxElapsedTime) {
        this.maxElapsedTime = maxElapsedTime;
    }

    @Override
    protected Duration nextWait(Exchange exchange, int index, int attempt) {
        RetryAttempts attempts = exchange.getProperty(stateProperty, RetryAttempts.class);
        if (index > 0 || attempts == null) {
            return Duration.ZERO;
        }
        if (attempt > 0) {
            // waited once: the next attempt starts from the message as it entered
            attempts.waited();
            BenthosExchange.setBatch(exchange, attempts.freshEntry());
            return Duration.ZERO;
        }
        MessageBatch results = BenthosExchange.batch(exchange);
        if (exchange.isRouteStop() || !results.isFlagged()) {
            attempts.succeeded();
            return Duration.ZERO;
        }
        attempts.failed(maxRetries, nanos(maxInterval), nanos(maxElapsedTime));
        if (attempts.done()) {
            return Duration.ZERO;
        }
        long wait = attempts.takeWait();
        if (wait <= 0) {
            BenthosExchange.setBatch(exchange, attempts.freshEntry()); // no back-off: the next attempt at once
        }
        return Duration.ofNanos(wait);
    }

    private static long nanos(String duration) {
        return duration.isEmpty() ? 0 : GoDuration.parse(duration);
    }

    @Override
    protected String stoppedText() {
        return "context canceled";
    }
}
