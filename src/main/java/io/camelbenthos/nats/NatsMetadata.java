package io.camelbenthos.nats;

import io.camelbenthos.bloblang.value.UInt64;
import io.nats.client.Message;
import io.nats.client.api.KeyValueEntry;
import io.nats.client.api.KeyValueOperation;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsJetStreamMetaData;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The metadata keys Benthos's NATS inputs and the nats_kv processor set (semantics: connectors §3, §12.3). */
final class NatsMetadata {
    private NatsMetadata() {
    }

    /** {@code nats} input: every header's first value, then {@code nats_subject} and {@code nats_reply_subject}. */
    static Map<String, Object> core(Message m) {
        Map<String, Object> meta = new LinkedHashMap<>();
        headers(m, meta, false);
        meta.put("nats_subject", m.getSubject());
        meta.put("nats_reply_subject", m.getReplyTo() == null ? "" : m.getReplyTo());
        return meta;
    }

    /** {@code nats_jetstream} input: headers with a non-empty first value, the subject and the ack metadata. */
    static Map<String, Object> jetStream(Message m) {
        Map<String, Object> meta = new LinkedHashMap<>();
        headers(m, meta, true);
        meta.put("nats_subject", m.getSubject());
        NatsJetStreamMetaData js = m.metaData();
        meta.put("nats_sequence_stream", Long.toString(js.streamSequence()));
        meta.put("nats_sequence_consumer", Long.toString(js.consumerSequence()));
        meta.put("nats_num_delivered", Long.toString(js.deliveredCount()));
        meta.put("nats_num_pending", Long.toString(js.pendingCount()));
        meta.put("nats_domain", js.getDomain() == null ? "" : js.getDomain());
        meta.put("nats_consumer", js.getConsumer() == null ? "" : js.getConsumer());
        meta.put("nats_timestamp_unix_nano", Long.toString(unixNanos(js.timestamp())));
        return meta;
    }

    private static void headers(Message m, Map<String, Object> meta, boolean skipEmpty) {
        Headers headers = m.getHeaders();
        if (headers == null) {
            return;
        }
        for (String key : headers.keySet()) {
            List<String> values = headers.get(key);
            String first = values == null || values.isEmpty() ? "" : values.get(0);
            if (!(skipEmpty && first.isEmpty())) {
                meta.put(key, first);
            }
        }
    }

    /** {@code nats_kv} input and the processor's get: every key of an entry, typed as Benthos types them. */
    static Map<String, Object> kvEntry(KeyValueEntry e) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("nats_kv_key", e.getKey());
        meta.put("nats_kv_bucket", e.getBucket());
        meta.put("nats_kv_revision", new UInt64(e.getRevision()));
        meta.put("nats_kv_delta", new UInt64(e.getDelta()));
        meta.put("nats_kv_operation", operation(e.getOperation()));
        meta.put("nats_kv_created", e.getCreated());
        return meta;
    }

    /** The name nats.go's {@code KeyValueOp.String()} gives an operation. */
    static String operation(KeyValueOperation op) {
        return switch (op) {
            case PUT -> "KeyValuePutOp";
            case DELETE -> "KeyValueDeleteOp";
            case PURGE -> "KeyValuePurgeOp";
        };
    }

    private static long unixNanos(ZonedDateTime t) {
        return t == null ? 0 : ChronoUnit.NANOS.between(java.time.Instant.EPOCH, t.toInstant());
    }
}
