package io.camelbenthos.ratelimit;

import io.camelbenthos.bloblang.go.GoDuration;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Benthos's {@code local} rate limit: a bucket of {@code count} accesses refilled once per {@code interval}. When the
 * bucket is empty the wait is the rest of the current interval; once the interval is over the bucket refills and
 * a new interval starts at that moment (as in Benthos, the interval is not a fixed grid).
 *
 * <p>A JavaBean (no-arg constructor plus setters) so it can be bound in the Camel registry and exported as a
 * {@code beans:} entry. Lock-free: the bucket and its interval start are one immutable state swapped by CAS, so
 * concurrent requests never block each other.
 */
public final class LocalRateLimit implements RateLimit {
    /** Tokens left and when the current interval began (nanoTime). */
    private record State(long tokens, long intervalStart) {
    }

    private final LongSupplier clock;
    private final AtomicReference<State> state = new AtomicReference<>();
    private volatile long count = 1000;
    private volatile long intervalNanos = 1_000_000_000L;
    private volatile String interval = "1s";

    public LocalRateLimit() {
        this(System::nanoTime);
    }

    /** With a clock of nanoseconds, for tests. */
    LocalRateLimit(LongSupplier clock) {
        this.clock = clock;
        reset();
    }

    /** The accesses allowed per interval; must be larger than zero. */
    public void setCount(long count) {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be larger than zero");
        }
        this.count = count;
        reset();
    }

    public long getCount() {
        return count;
    }

    /** The interval as a Go duration ({@code 1s}, {@code 500ms}); must be larger than zero. */
    public void setInterval(String interval) {
        long nanos = GoDuration.parse(interval);
        if (nanos <= 0) {
            throw new IllegalArgumentException("interval must be larger than zero");
        }
        this.interval = interval;
        this.intervalNanos = nanos;
        reset();
    }

    public String getInterval() {
        return interval;
    }

    // Benthos starts the first interval when the limiter is built, with a full bucket.
    private void reset() {
        state.set(new State(count, clock.getAsLong()));
    }

    @Override
    public Duration access() {
        while (true) {
            State current = state.get();
            long now = clock.getAsLong();
            State next;
            if (current.tokens() > 0) {
                next = new State(current.tokens() - 1, current.intervalStart());
            } else {
                long remaining = intervalNanos - (now - current.intervalStart());
                if (remaining > 0) {
                    return Duration.ofNanos(remaining);
                }
                next = new State(count - 1, now); // refill, this access takes the first token
            }
            if (state.compareAndSet(current, next)) {
                return Duration.ZERO;
            }
        }
    }
}
