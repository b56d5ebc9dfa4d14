package io.camelbenthos.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Fnv1aHashPartitionerTest {

    /** Test vectors of the FNV reference (Go's hash/fnv New32a gives the same sums). */
    @ParameterizedTest
    @CsvSource({"'',811c9dc5", "a,e40c292c", "foobar,bf9cf968"})
    void fnv1aMatchesTheReferenceVectors(String key, String hex) {
        assertThat(Fnv1aHashPartitioner.fnv1a32(key.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Integer.parseUnsignedInt(hex, 16));
    }

    /**
     * Partitions Sarama's hash partitioner picks: {@code int32(sum) % n} with Go's truncated remainder, negated when
     * negative. "foo" (0xa9f37ed7) is negative as an int32 and shows the negation.
     */
    @ParameterizedTest
    @CsvSource({"foo,4,1", "foo,7,2", "foo,10,3", "bar,4,2", "hello,4,3", "hello,10,3", "a,7,6", "foobar,7,4",
        "user-42,10,9", "benthos,10,4"})
    void partitionsLikeSarama(String key, int partitions, int expected) {
        assertThat(Fnv1aHashPartitioner.partitionFor(key.getBytes(StandardCharsets.UTF_8), partitions))
                .isEqualTo(expected);
    }

    @Test
    void differsFromTheJavaClientDefault() {
        byte[] key = "foo".getBytes(StandardCharsets.UTF_8);
        int murmur2 = Utils.toPositive(Utils.murmur2(key)) % 10;
        assertThat(Fnv1aHashPartitioner.partitionFor(key, 10)).isNotEqualTo(murmur2);
    }
}
