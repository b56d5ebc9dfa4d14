package io.camelbenthos.nats;

/**
 * The wait before replaying a nacked message, as Benthos's {@code auto_replay_nacks} does it: the first two retries at
 * once, then 1 ms growing by 1.1 per retry up to 1 s, never giving up.
 */
final class ReplayWait {
    private ReplayWait() {
    }

    /** The wait in milliseconds before retry number {@code retry} (1 = the first). */
    static long millis(int retry) {
        return retry <= 2 ? 0 : (long) Math.min(Math.pow(1.1, retry - 3), 1000);
    }
}
