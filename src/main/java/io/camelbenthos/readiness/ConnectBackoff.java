package io.camelbenthos.readiness;

/**
 * The wait between two connection attempts of a Benthos output: cenkalti/backoff's {@code ExponentialBackOff} as
 * Benthos's {@code AsyncWriter} sets it up (500 ms, times 1.5 per attempt, at most 1 s, never giving up), with the
 * library's default jitter of plus or minus half the interval. {@link #forInput()} is its {@code AsyncReader}'s
 * (100 ms to 1 s).
 */
public final class ConnectBackoff {
    private static final double MAX_MILLIS = 1000;
    private static final double MULTIPLIER = 1.5;
    private static final double RANDOMIZATION = 0.5;

    private double current;

    /** An output's backoff: 500 ms to 1 s. */
    public ConnectBackoff() {
        this(500);
    }

    private ConnectBackoff(double initialMillis) {
        this.current = initialMillis;
    }

    /** An input's backoff: 100 ms to 1 s. */
    public static ConnectBackoff forInput() {
        return new ConnectBackoff(100);
    }

    /**
     * The next wait in milliseconds.
     *
     * @param random a uniform random number in [0, 1): where the wait falls within the jittered interval
     */
    public long nextMillis(double random) {
        double delta = RANDOMIZATION * current;
        double min = current - delta;
        double max = current + delta;
        long next = Math.round(min + random * (max - min));
        current = current >= MAX_MILLIS / MULTIPLIER ? MAX_MILLIS : current * MULTIPLIER;
        return next;
    }
}
