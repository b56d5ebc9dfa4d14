package io.camelbenthos.bloblang.functions.ids;

import java.util.function.Consumer;

/** oklog/ulid: 48-bit big-endian Unix milliseconds and 80 bits of entropy, in Crockford base32 or hex. */
final class Ulid {
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Ulid() {
    }

    static String next(long epochMillis, Consumer<byte[]> entropy, boolean hex) {
        byte[] id = new byte[16];
        for (int i = 0; i < 6; i++) {
            id[i] = (byte) (epochMillis >>> (8 * (5 - i)));
        }
        byte[] random = new byte[10];
        entropy.accept(random);
        System.arraycopy(random, 0, id, 6, 10);
        return hex ? hex(id) : crockford(id);
    }

    private static String hex(byte[] id) {
        StringBuilder b = new StringBuilder(32);
        for (byte x : id) {
            b.append(HEX[(x >> 4) & 0xf]).append(HEX[x & 0xf]);
        }
        return b.toString();
    }

    /** 128 bits as 26 characters: the first carries the top 3 bits, every other one 5 bits. */
    private static String crockford(byte[] id) {
        char[] out = new char[26];
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = hi << 8 | (id[i] & 0xff);
            lo = lo << 8 | (id[i + 8] & 0xff);
        }
        for (int i = 25; i >= 0; i--) {
            out[i] = CROCKFORD[(int) (lo & 0x1f)];
            lo = lo >>> 5 | (hi & 0x1f) << 59;
            hi >>>= 5;
        }
        return new String(out);
    }
}
