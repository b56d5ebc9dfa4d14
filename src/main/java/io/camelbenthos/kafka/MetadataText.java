package io.camelbenthos.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.go.GoTimeLayout;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A metadata value as the bytes of a Kafka record header: Benthos stringifies metadata the way Bloblang prints a
 * value (strings and bytes as they are, numbers plainly, {@code null} as "null", objects and arrays as JSON,
 * timestamps in RFC 3339 with nanoseconds).
 */
final class MetadataText {
    /** Go's encoding/json writes object keys sorted. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private MetadataText() {
    }

    static byte[] bytes(Object value) {
        if (value instanceof byte[] raw) {
            return raw;
        }
        return string(value).getBytes(StandardCharsets.UTF_8);
    }

    static String string(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof byte[] raw) {
            return new String(raw, StandardCharsets.UTF_8);
        }
        if (value instanceof Double d) {
            return GoStrconv.formatFloat(d);
        }
        if (value instanceof ZonedDateTime t) {
            return GoTimeLayout.formatRfc3339Nano(t);
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return String.valueOf(value);
            }
        }
        // Long, Integer, Boolean, JsonNumber (original text), UInt64: their toString is the Go form.
        return String.valueOf(value);
    }
}
