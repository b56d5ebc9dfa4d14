package io.camelbenthos.bloblang.go;

/**
 * Non-cryptographic hashes Benthos uses that the JDK lacks: XXH64 ({@code github.com/OneOfOne/xxhash}, seed 0),
 * FNV-1 and FNV-1a 32-bit ({@code hash/fnv}) and CRC-32 with the Koopman polynomial ({@code hash/crc32}). The JDK
 * has {@link java.util.zip.CRC32} (IEEE) and {@link java.util.zip.CRC32C} (Castagnoli).
 */
public final class GoHashes {
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final long P4 = 0x85EBCA77C2B2AE63L;
    private static final long P5 = 0x27D4EB2F165667C5L;

    private static final int[] KOOPMAN_TABLE = crcTable(0xEB31D82E); // reversed 0x741B8CD7

    private GoHashes() {
    }

    /** XXH64 with seed 0; read the result as unsigned ({@link Long#toUnsignedString(long)}). */
    public static long xxhash64(byte[] b) {
        int n = b.length;
        int i = 0;
        long h;
        if (n >= 32) {
            long v1 = P1 + P2;
            long v2 = P2;
            long v3 = 0;
            long v4 = -P1;
            for (; i + 32 <= n; i += 32) {
                v1 = round(v1, le64(b, i));
                v2 = round(v2, le64(b, i + 8));
                v3 = round(v3, le64(b, i + 16));
                v4 = round(v4, le64(b, i + 24));
            }
            h = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12) + Long.rotateLeft(v4, 18);
            h = mergeRound(h, v1);
            h = mergeRound(h, v2);
            h = mergeRound(h, v3);
            h = mergeRound(h, v4);
        } else {
            h = P5;
        }
        h += n;
        for (; i + 8 <= n; i += 8) {
            h ^= round(0, le64(b, i));
            h = Long.rotateLeft(h, 27) * P1 + P4;
        }
        if (i + 4 <= n) {
            h ^= (le32(b, i) & 0xFFFFFFFFL) * P1;
            h = Long.rotateLeft(h, 23) * P2 + P3;
            i += 4;
        }
        for (; i < n; i++) {
            h ^= (b[i] & 0xFFL) * P5;
            h = Long.rotateLeft(h, 11) * P1;
        }
        h ^= h >>> 33;
        h *= P2;
        h ^= h >>> 29;
        h *= P3;
        h ^= h >>> 32;
        return h;
    }

    private static long round(long acc, long input) {
        acc += input * P2;
        acc = Long.rotateLeft(acc, 31);
        return acc * P1;
    }

    private static long mergeRound(long acc, long val) {
        acc ^= round(0, val);
        return acc * P1 + P4;
    }

    private static long le64(byte[] b, int i) {
        return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24
                | (b[i + 4] & 0xFFL) << 32 | (b[i + 5] & 0xFFL) << 40 | (b[i + 6] & 0xFFL) << 48
                | (b[i + 7] & 0xFFL) << 56;
    }

    private static int le32(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
    }

    /** Go {@code fnv.New32()}: FNV-1 (multiply, then xor); read as unsigned 32-bit. */
    public static int fnv1_32(byte[] b) {
        int h = 0x811C9DC5;
        for (byte x : b) {
            h *= 0x01000193;
            h ^= x & 0xFF;
        }
        return h;
    }

    /** Go {@code fnv.New32a()}: FNV-1a (xor, then multiply). */
    public static int fnv1a_32(byte[] b) {
        int h = 0x811C9DC5;
        for (byte x : b) {
            h ^= x & 0xFF;
            h *= 0x01000193;
        }
        return h;
    }

    /** CRC-32 with Go's {@code crc32.Koopman} polynomial. */
    public static int crc32Koopman(byte[] b) {
        int crc = ~0;
        for (byte x : b) {
            crc = KOOPMAN_TABLE[(crc ^ x) & 0xFF] ^ (crc >>> 8);
        }
        return ~crc;
    }

    private static int[] crcTable(int reversedPoly) {
        int[] t = new int[256];
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int j = 0; j < 8; j++) {
                crc = (crc & 1) == 1 ? (crc >>> 1) ^ reversedPoly : crc >>> 1;
            }
            t[i] = crc;
        }
        return t;
    }
}
