package io.camelbenthos.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A metadata value as the bytes of a Kafka record header: Benthos stringifies metadata the way Bloblang prints a
 * value (strings and bytes as they are, numbers plainly, {@code null} as "null", objects and arrays as JSON,
 * timestamps in RFC 3339 with nanoseconds).
 */
final class MetadataText {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Go's time.RFC3339Nano: fractional seconds without trailing zeros, "Z" for UTC. */
    private static final DateTimeFormatter RFC3339_NANO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSSSSSSSS]XXX");

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
            return goFloat(d);
        }
        if (value instanceof ZonedDateTime t) {
            return rfc3339Nano(t);
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

    /** Go's strconv.FormatFloat(f, 'g', -1, 64) for the common cases: integral values print without ".0". */
    private static String goFloat(double d) {
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e21) {
            return String.valueOf((long) d);
        }
        return String.valueOf(d);
    }

    private static String rfc3339Nano(ZonedDateTime t) {
        String text = RFC3339_NANO.format(t);
        // Go trims trailing zeros of the fraction (and the dot when nothing is left).
        int dot = text.indexOf('.', 19);
        if (dot < 0) {
            return text;
        }
        int zone = dot + 10;
        int end = zone;
        while (end > dot + 1 && text.charAt(end - 1) == '0') {
            end--;
        }
        if (end == dot + 1) {
            end = dot;
        }
        return text.substring(0, end) + text.substring(zone);
    }
}
