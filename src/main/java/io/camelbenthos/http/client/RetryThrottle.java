package io.camelbenthos.http.client;

/**
 * Benthos's retry throttle ({@code internal/old/util/throttle}, semantics §4.1): one per client, shared by every
 * request, reset only by a success. A linear retry waits the current period; a back-off retry first doubles it (capped
 * at the maximum), except on the first consecutive retry. So after a back-off, linear retries also wait the doubled
 * period until a success (issue #415) - kept on purpose, it is observable behaviour.
 */
final class RetryThrottle {
    private final long basePeriodMillis;
    private final long maxPeriodMillis;
    private long periodMillis;
    private long consecutiveRetries;

    RetryThrottle(long basePeriodMillis, long maxPeriodMillis) {
        this.basePeriodMillis = basePeriodMillis;
        this.maxPeriodMillis = maxPeriodMillis;
        this.periodMillis = basePeriodMillis;
    }

    synchronized long linear() {
        consecutiveRetries++;
        return periodMillis;
    }

    synchronized long backoff() {
        if (++consecutiveRetries > 1) {
            periodMillis = Math.min(periodMillis * 2, maxPeriodMillis);
        }
        return periodMillis;
    }

    synchronized void reset() {
        consecutiveRetries = 0;
        periodMillis = basePeriodMillis;
    }
}
