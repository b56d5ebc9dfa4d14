package io.camelbenthos.components.outputs;

import io.camelbenthos.config.ComponentConfig;

/**
 * Benthos's retry back-off (cenkalti/backoff's exponential back-off as {@code internal/retries} configures it): the
 * first retry waits {@code initialMs}, each next one 1.5 times longer up to {@code maxIntervalMs}; it gives up after
 * {@code maxRetries} retries or once the next wait would end more than {@code maxElapsedMs} after the first failure
 * (0: no limit). Benthos adds ±50 % jitter to each wait; these waits are exact.
 */
public record RetryBackoff(long initialMs, long maxIntervalMs, long maxElapsedMs, long maxRetries) {
    /** cenkalti/backoff's default multiplier, which Benthos keeps. */
    public static final double MULTIPLIER = 1.5;

    /** The indefinite retry Benthos wraps broker {@code fan_out} children and {@code retry_until_success} cases in. */
    public static final RetryBackoff FOREVER = new RetryBackoff(500, 3000, 0, 0);

    /** The {@code max_retries} and {@code backoff} fields of a component (the {@code retry} output). */
    public static RetryBackoff of(ComponentConfig config) {
        ComponentConfig backoff = config.object("backoff");
        return new RetryBackoff(backoff.duration("initial_interval").toMillis(),
                backoff.duration("max_interval").toMillis(), backoff.duration("max_elapsed_time").toMillis(),
                Math.max(0, config.integer("max_retries")));
    }

    /** True when the retries can run out, so the caller must turn the last failure into Benthos's nack. */
    public boolean limited() {
        return maxRetries > 0 || maxElapsedMs > 0;
    }

    /** The wait before retry {@code n} (1 for the first retry). */
    public long waitBefore(int n) {
        double wait = initialMs;
        for (int i = 1; i < n && wait < maxIntervalMs; i++) {
            wait *= MULTIPLIER;
        }
        return Math.min((long) wait, maxIntervalMs);
    }
}
