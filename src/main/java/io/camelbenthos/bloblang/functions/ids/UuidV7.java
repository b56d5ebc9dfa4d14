package io.camelbenthos.bloblang.functions.ids;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds, then random bits. Ids made for "now" are strictly
 * increasing within the process: inside one millisecond the 12-bit {@code rand_a} field counts up (RFC 9562
 * method 1), borrowing the next millisecond when it overflows.
 */
final class UuidV7 {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis = -1;
    private static int sequence;

    private UuidV7() {
    }

    /** A monotonic id for the current time. */
    static synchronized String next() {
        long millis = System.currentTimeMillis();
        if (millis <= lastMillis) {
            millis = lastMillis;
            if (++sequence > 0xfff) {
                millis++;
                sequence = RANDOM.nextInt(0x800);
            }
        } else {
            sequence = RANDOM.nextInt(0x800); // leave headroom for the counter
        }
        lastMillis = millis;
        return build(millis, sequence);
    }

    /** An id for the given time (not tied to the monotonic sequence). */
    static String at(long epochMillis) {
        return build(epochMillis, RANDOM.nextInt(0x1000));
    }

    private static String build(long millis, int randA) {
        long msb = (millis & 0xffff_ffff_ffffL) << 16 | 0x7000L | (randA & 0xfff);
        long lsb = RANDOM.nextLong() & 0x3fff_ffff_ffff_ffffL | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb).toString();
    }
}
