package io.camelbenthos.kafka;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;

/** Benthos's {@code random} partitioner: every record goes to a uniformly random partition, key or not. */
public final class RandomPartitioner implements Partitioner {

    @Override
    public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster cluster) {
        return ThreadLocalRandom.current().nextInt(cluster.partitionsForTopic(topic).size());
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // Stateless: nothing to configure.
    }

    @Override
    public void close() {
        // Stateless: nothing to release.
    }
}
