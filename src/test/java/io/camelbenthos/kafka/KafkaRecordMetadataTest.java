package io.camelbenthos.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class KafkaRecordMetadataTest {
    private static ConsumerRecord<byte[], byte[]> record() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(new RecordHeader("h", "1".getBytes(StandardCharsets.UTF_8)));
        headers.add(new RecordHeader("h", "2".getBytes(StandardCharsets.UTF_8)));
        headers.add(new RecordHeader("kafka_topic", "from header".getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>("t", 2, 7, 1_700_000_000_123L, TimestampType.CREATE_TIME, 0, 0,
                "k".getBytes(StandardCharsets.UTF_8), "v".getBytes(StandardCharsets.UTF_8), headers, Optional.empty());
    }

    @Test
    void saramaStyleTypedKeysAfterHeaders() {
        Map<String, Object> meta = KafkaRecordMetadata.of(record(), 10, false, false, true);
        assertThat(meta).containsEntry("h", "2").containsEntry("kafka_topic", "t").containsEntry("kafka_key", "k")
                .containsEntry("kafka_partition", 2L).containsEntry("kafka_offset", 7L).containsEntry("kafka_lag", 2L)
                .containsEntry("kafka_timestamp_ms", 1_700_000_000_123L)
                .containsEntry("kafka_timestamp_unix", 1_700_000_000L)
                .containsEntry("kafka_tombstone_message", false);
    }

    @Test
    void franzStyleHeadersWinAndMultiHeaderLists() {
        Map<String, Object> meta = KafkaRecordMetadata.of(record(), -1, true, true, false);
        assertThat(meta).containsEntry("h", List.of("1", "2")).containsEntry("kafka_topic", List.of("from header"))
                .doesNotContainKey("kafka_lag");
    }
}
