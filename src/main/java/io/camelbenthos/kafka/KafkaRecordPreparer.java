package io.camelbenthos.kafka;

import io.camelbenthos.http.MetadataFilter;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;

/**
 * The step in front of the camel-kafka producer: evaluates the per-message {@code topic}, {@code key},
 * {@code partition} and {@code timestamp_ms} interpolations into camel-kafka's override headers, and replaces the
 * exchange headers with exactly the record headers Benthos would send (metadata minus {@code exclude_prefixes},
 * then {@code static_headers}), values already stringified to bytes.
 *
 * <p>The message's own metadata is parked in an exchange property and put back by {@link KafkaMetadataRestorer}
 * once the broker acked, so the output does not change the message it was given. An interpolation failure throws,
 * which fails the write (the nack), as in Benthos.
 */
public final class KafkaRecordPreparer implements Processor {
    /** Exchange property holding the message's metadata while the record is being sent. */
    public static final String SAVED_METADATA = "CamelBenthosKafkaSavedMetadata";

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
        Message message = BenthosExchange.toMessage(exchange);
        Map<String, Object> record = recordHeaders(message.metadata());
        if (topic != null) {
            record.put(KafkaConstants.OVERRIDE_TOPIC, topic.render(message));
        }
        String renderedKey = key.render(message);
        // Benthos: an empty key is no key at all (nil), which the hash partitioners then spread randomly.
        if (!renderedKey.isEmpty()) {
            record.put(KafkaConstants.KEY, renderedKey.getBytes(StandardCharsets.UTF_8));
        }
        if (partition != null) {
            record.put(KafkaConstants.PARTITION_KEY, parsePartition(partition.render(message)));
        }
        if (timestampMs != null) {
            record.put(KafkaConstants.OVERRIDE_TIMESTAMP, parseTimestamp(timestampMs.render(message)) * timestampScale);
        }
        Map<String, Object> headers = exchange.getMessage().getHeaders();
        exchange.setProperty(SAVED_METADATA, new LinkedHashMap<>(headers));
        headers.clear();
        headers.putAll(record);
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
