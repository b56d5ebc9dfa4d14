package io.camelbenthos.kafka;

import org.apache.kafka.common.utils.Utils;

/**
 * Benthos's {@code murmur2_hash} partitioner: Sarama's custom partitioner with the murmur2 hash and "abs first"
 * reduction, which places keyed records exactly where the Java client's default partitioner does. Records without
 * a key go to a random partition, as in Sarama.
 */
public final class Murmur2HashPartitioner extends SaramaHashPartitioner {

    @Override
    int partitionForKey(byte[] key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key)) % partitions;
    }
}
