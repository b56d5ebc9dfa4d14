package io.camelbenthos.bloblang.functions.ids;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.SecureRandom;

/** segmentio/ksuid: 4 bytes of seconds since 2014-05-13T16:53:20Z and 16 random bytes, as 27 base62 characters. */
final class Ksuid {
    private static final long EPOCH = 1_400_000_000L;
    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int LENGTH = 27;
    private static final BigInteger SIXTY_TWO = BigInteger.valueOf(62);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ksuid() {
    }

    static String next() {
        return encode(System.currentTimeMillis() / 1000, randomPayload());
    }

    /** The encoding of a given time and 16-byte payload. */
    static String encode(long epochSeconds, byte[] payload) {
        ByteBuffer bytes = ByteBuffer.allocate(20).putInt((int) (epochSeconds - EPOCH)).put(payload);
        BigInteger n = new BigInteger(1, bytes.array());
        char[] out = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            BigInteger[] qr = n.divideAndRemainder(SIXTY_TWO);
            out[i] = BASE62[qr[1].intValue()];
            n = qr[0];
        }
        return new String(out);
    }

    private static byte[] randomPayload() {
        byte[] payload = new byte[16];
        RANDOM.nextBytes(payload);
        return payload;
    }
}
