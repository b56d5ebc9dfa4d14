package io.camelbenthos.bloblang.functions.ids;

/**
 * bwmarrin/snowflake ids: 41 bits of milliseconds since the Twitter epoch (2010-11-04T01:42:54.657Z), 10 bits of
 * node and a 12-bit sequence within the millisecond. Ids from one generator strictly increase.
 */
final class Snowflake {
    static final long MAX_NODE = 1023;
    private static final long EPOCH = 1_288_834_974_657L;
    private static final long STEP_MASK = 0xfff;

    private final long node;
    private long lastMillis = -1;
    private long step;

    Snowflake(long node) {
        this.node = node;
    }

    synchronized long next() {
        long now = System.currentTimeMillis();
        if (now < lastMillis) {
            now = lastMillis; // the clock went backwards: keep ordering rather than repeat ids
        }
        if (now == lastMillis) {
            step = (step + 1) & STEP_MASK;
            if (step == 0) {
                // Sequence exhausted for this millisecond: move to the next one, as the library waits for it.
                now = lastMillis + 1;
            }
        } else {
            step = 0;
        }
        lastMillis = now;
        return (now - EPOCH) << 22 | node << 12 | step;
    }
}
