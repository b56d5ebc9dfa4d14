package io.camelbenthos.kafka;

/**
 * Benthos's default {@code fnv1a_hash} partitioner: Sarama's {@code NewCustomHashPartitioner(fnv.New32a)}.
 *
 * <p>Go computes {@code int32(sum32) % n} with truncated division and then negates a negative result, which is not
 * the same as the Java client's {@code (murmur2 & 0x7fffffff) % n}; keyed records therefore land where a Benthos
 * producer would put them, not where a Java producer would.
 */
public final class Fnv1aHashPartitioner extends SaramaHashPartitioner {

    @Override
    int partitionForKey(byte[] key, int partitions) {
        return partitionFor(key, partitions);
    }

    /** The partition Sarama's FNV-1a hash partitioner picks for {@code key}. */
    public static int partitionFor(byte[] key, int partitions) {
        // Java's % truncates towards zero like Go's, so only the sign fix-up needs copying.
        int partition = fnv1a32(key) % partitions;
        return partition < 0 ? -partition : partition;
    }

    /** 32-bit FNV-1a (Go's {@code hash/fnv.New32a}), as a signed int holding the same 32 bits. */
    public static int fnv1a32(byte[] data) {
        int hash = 0x811c9dc5;
        for (byte b : data) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return hash;
    }
}
