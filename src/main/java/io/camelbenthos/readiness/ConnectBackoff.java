package io.camelbenthos.readiness;

/**
 * The wait between two connection attempts of a Benthos output: cenkalti/backoff's {@code ExponentialBackOff} as
 * Benthos's {@code AsyncWriter} sets it up (500 ms, times 1.5 per attempt, at most 1 s, never giving up), with the
 * library's default jitter of plus or minus half the interval.
 */
final class ConnectBackoff {
    private static final double INITIAL_MILLIS = 500;
    private static final double MAX_MILLIS = 1000;
    private static final double MULTIPLIER = 1.5;
    private static final double RANDOMIZATION = 0.5;

    private double current = INITIAL_MILLIS;

    /**
     * The next wait in milliseconds.
     *
     * @param random a uniform random number in [0, 1): where the wait falls within the jittered interval
     */
    long nextMillis(double random) {
        double delta = RANDOMIZATION * current;
        double min = current - delta;
        double max = current + delta;
        long next = Math.round(min + random * (max - min));
        current = current >= MAX_MILLIS / MULTIPLIER ? MAX_MILLIS : current * MULTIPLIER;
        return next;
    }
}
