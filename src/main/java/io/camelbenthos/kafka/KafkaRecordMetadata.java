package io.camelbenthos.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The metadata a Kafka input gives a record (connectors §1.1, §1.2), typed as Redpanda Connect types them: ints as
 * {@code Long}, the tombstone flag as {@code Boolean}, header values as strings (lists of strings with
 * {@code multi_header}). The {@code kafka} input writes the headers first, so a header named like a {@code kafka_*}
 * key loses; {@code kafka_franz} and {@code redpanda} write them after, so the header wins.
 */
final class KafkaRecordMetadata {
    private KafkaRecordMetadata() {
    }

    /**
     * @param highWatermark the partition's high watermark known when the record was fetched (-1: unknown)
     * @param headersLast whether headers override the {@code kafka_*} keys (franz) or not (sarama)
     * @param withLag whether {@code kafka_lag} is set
     */
    static Map<String, Object> of(ConsumerRecord<byte[], byte[]> record, long highWatermark, boolean multiHeader,
                                  boolean headersLast, boolean withLag) {
        Map<String, Object> meta = new LinkedHashMap<>();
        if (!headersLast) {
            headers(record, multiHeader, meta);
        }
        byte[] key = record.key();
        meta.put("kafka_key", key == null ? "" : new String(key, StandardCharsets.UTF_8));
        meta.put("kafka_topic", record.topic());
        meta.put("kafka_partition", (long) record.partition());
        meta.put("kafka_offset", record.offset());
        meta.put("kafka_timestamp_unix", Math.floorDiv(record.timestamp(), 1000L));
        meta.put("kafka_timestamp_ms", record.timestamp());
        meta.put("kafka_tombstone_message", record.value() == null);
        if (headersLast) {
            headers(record, multiHeader, meta);
        }
        if (withLag) {
            meta.put("kafka_lag", highWatermark < 0 ? 0L : Math.max(highWatermark - record.offset() - 1, 0L));
        }
        return meta;
    }

    private static void headers(ConsumerRecord<byte[], byte[]> record, boolean multiHeader, Map<String, Object> meta) {
        for (Header header : record.headers()) {
            String value = header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
            if (!multiHeader) {
                meta.put(header.key(), value); // duplicates: the last wins
                continue;
            }
            Object before = meta.get(header.key());
            List<String> values = new ArrayList<>();
            if (before instanceof List<?> list) {
                list.forEach(v -> values.add(String.valueOf(v)));
            }
            values.add(value);
            meta.put(header.key(), values);
        }
    }
}
