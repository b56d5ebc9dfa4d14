package io.camelbenthos.ratelimit;

import java.time.Duration;

/**
 * A shared rate limit resource that can be replaced while streams use it (streams mode's
 * {@code POST /resources/rate_limit/x}): every access goes to the limiter of the moment.
 */
public final class SwappableRateLimit implements RateLimit {
    private volatile RateLimit current;

    public SwappableRateLimit(RateLimit initial) {
        this.current = initial;
    }

    /** From now on, accesses go to {@code next}. */
    public void replace(RateLimit next) {
        this.current = next;
    }

    @Override
    public Duration access() {
        return current.access();
    }
}
