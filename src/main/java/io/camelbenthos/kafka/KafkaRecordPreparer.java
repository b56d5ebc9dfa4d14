package io.camelbenthos.kafka;

import io.camelbenthos.http.MetadataFilter;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultExchange;

/**
 * The step in front of the camel-kafka producer: evaluates the per-message {@code topic}, {@code key},
 * {@code partition} and {@code timestamp_ms} interpolations into camel-kafka's override headers, and replaces the
 * exchange headers with exactly the record headers Benthos would send (metadata minus {@code exclude_prefixes},
 * then {@code static_headers}), values already stringified to bytes.
 *
 * <p>This is the Camel edge of the batch: it is parked in an exchange property and put back by
 * {@link KafkaMetadataRestorer} once the broker acked, so the output does not change the batch it was given; a batch
 * of several messages is sent as one record each. An interpolation failure throws,
 * which fails the write (the nack), as in Benthos.
 */
public final class KafkaRecordPreparer implements Processor {
    /** Exchange property holding the batch while its records are being sent. */
    public static final String SAVED_BATCH = "CamelBenthosKafkaSavedBatch";

    private Template topic;
    private Template key = Template.of("");
    private Template partition;
    private Template timestampMs;
    /** 1000 when the deprecated {@code timestamp} (seconds) field is used, else 1. */
    private long timestampScale = 1;
    private List<String> excludePrefixes = List.of();
    private Map<String, String> staticHeaders = Map.of();
    /** franz outputs: only metadata the include filter passes becomes headers (none without rules). */
    private boolean includeOnly;
    private List<String> includePrefixes = List.of();
    private List<String> includePatterns = List.of();
    private MetadataFilter include;

    /** A per-message topic; leave unset when the topic is static (it is then part of the endpoint URI). */
    public void setTopic(String template) {
        this.topic = Template.of(template);
    }

    public void setKey(String template) {
        this.key = Template.of(template);
    }

    /** Only with {@code partitioner: manual}: must render to an integer ≥ 0. */
    public void setPartition(String template) {
        this.partition = template == null || template.isEmpty() ? null : Template.of(template);
    }

    public void setTimestampMs(String template) {
        this.timestampMs = template == null || template.isEmpty() ? null : Template.of(template);
    }

    /** The deprecated {@code timestamp} field: seconds rather than milliseconds. */
    public void setTimestampSeconds(String template) {
        setTimestampMs(template);
        this.timestampScale = 1000;
    }

    public void setExcludePrefixes(List<String> prefixes) {
        this.excludePrefixes = List.copyOf(prefixes);
    }

    /** True for the franz outputs' {@code metadata} include filter instead of the exclude prefixes. */
    public void setIncludeOnly(boolean includeOnly) {
        this.includeOnly = includeOnly;
    }

    public void setIncludePrefixes(List<String> prefixes) {
        this.includePrefixes = List.copyOf(prefixes);
        this.include = null;
    }

    public void setIncludePatterns(List<String> patterns) {
        this.includePatterns = List.copyOf(patterns);
        this.include = null;
    }

    public void setStaticHeaders(Map<String, String> headers) {
        this.staticHeaders = new LinkedHashMap<>(headers);
    }

    @Override
    public void process(Exchange exchange) {
        MessageBatch batch = BenthosExchange.batch(exchange);
        exchange.setProperty(SAVED_BATCH, batch);
        org.apache.camel.Message out = exchange.getMessage();
        if (batch.size() == 1) {
            out.setBody(batch.get(0).content());
            out.getHeaders().clear();
            out.getHeaders().putAll(record(batch.messages(), 0));
            return;
        }
        // A batch is one record per message: camel-kafka sends an Iterable body's exchanges as records, each with its
        // own headers, and continues once all of them were acknowledged. Exchanges, not bare Camel messages:
        // camel-kafka converts a record's key through the item's exchange and drops it without one.
        List<Exchange> records = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Exchange r = new DefaultExchange(exchange.getContext());
            r.getMessage().setBody(batch.get(i).content());
            r.getMessage().getHeaders().putAll(record(batch.messages(), i));
            records.add(r);
        }
        out.getHeaders().clear();
        out.setBody(records);
    }

    /** The camel-kafka headers of one message's record: its record headers plus the per-message overrides. */
    private Map<String, Object> record(List<Message> batch, int index) {
        Map<String, Object> record = recordHeaders(batch.get(index).metadata());
        if (topic != null) {
            record.put(KafkaConstants.OVERRIDE_TOPIC, topic.render(batch, index));
        }
        String renderedKey = key.render(batch, index);
        // Benthos: an empty key is no key at all (nil), which the hash partitioners then spread randomly.
        if (!renderedKey.isEmpty()) {
            record.put(KafkaConstants.KEY, renderedKey.getBytes(StandardCharsets.UTF_8));
        }
        if (partition != null) {
            record.put(KafkaConstants.PARTITION_KEY, parsePartition(partition.render(batch, index)));
        }
        if (timestampMs != null) {
            record.put(KafkaConstants.OVERRIDE_TIMESTAMP, parseTimestamp(timestampMs.render(batch, index)) * timestampScale);
        }
        return record;
    }

    private Map<String, Object> recordHeaders(Map<String, Object> metadata) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : metadata.entrySet()) {
            if (BenthosMetadata.isMetadataKey(e.getKey()) && !excluded(e.getKey())) {
                out.put(e.getKey(), MetadataText.bytes(e.getValue()));
            }
        }
        // Sarama appends static headers after the metadata ones; in a header map the static value wins a clash.
        for (Map.Entry<String, String> e : staticHeaders.entrySet()) {
            out.put(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private boolean excluded(String key) {
        if (includeOnly) {
            MetadataFilter filter = include;
            if (filter == null) {
                filter = new MetadataFilter(includePrefixes, includePatterns);
                include = filter;
            }
            return !filter.matches(key);
        }
        for (String prefix : excludePrefixes) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static Integer parsePartition(String text) {
        try {
            int p = Integer.parseInt(text.trim());
            if (p >= 0) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below with the offending text
        }
        throw new IllegalArgumentException("failed to parse valid partition number: " + text);
    }

    private static Long parseTimestamp(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("failed to parse timestamp_ms as an integer: " + text, e);
        }
    }
}
