package io.camelbenthos.kafka;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;

/**
 * Base of the keyed partitioners Benthos's {@code kafka} output (Sarama) offers: a record with a key goes to
 * {@code hash(key)} reduced to the partition count, a record without a key to a random partition (Sarama's hash
 * partitioner delegates nil keys to its random partitioner, unlike the Java client's sticky partitioning).
 */
abstract class SaramaHashPartitioner implements Partitioner {

    @Override
    public final int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes,
                               Cluster cluster) {
        int partitions = cluster.partitionsForTopic(topic).size();
        if (keyBytes == null) {
            return ThreadLocalRandom.current().nextInt(partitions);
        }
        return partitionForKey(keyBytes, partitions);
    }

    /** The partition of a non-null key among {@code partitions} partitions. */
    abstract int partitionForKey(byte[] key, int partitions);

    @Override
    public void configure(Map<String, ?> configs) {
        // Stateless: nothing to configure.
    }

    @Override
    public void close() {
        // Stateless: nothing to release.
    }
}
