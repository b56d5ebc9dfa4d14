package io.camelbenthos.readiness;

/**
 * The wait before replaying a nacked message, as Benthos's {@code auto_replay_nacks} does it: the first two retries at
 * once, then 1 ms growing by 1.1 per retry up to 1 s, never giving up.
 */
public final class ReplayBackoff {
    private static final double INITIAL_MILLIS = 1;
    private static final double MAX_MILLIS = 1000;
    private static final double MULTIPLIER = 1.1;

    private ReplayBackoff() {
    }

    /** The wait in milliseconds before retry number {@code retry} (1 = the first). */
    public static long millis(int retry) {
        if (retry <= 2) {
            return 0;
        }
        double wait = INITIAL_MILLIS * Math.pow(MULTIPLIER, retry - 3);
        return (long) Math.min(wait, MAX_MILLIS);
    }
}
