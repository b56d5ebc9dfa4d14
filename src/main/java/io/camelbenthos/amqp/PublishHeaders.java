package io.camelbenthos.amqp;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headers amqp_0_9 publishes: every metadata entry not excluded by {@code metadata.exclude_prefixes}, its key
 * with {@code _} turned into {@code -}, its value as typed as AMQP allows (strings, integers, floats, booleans, byte
 * arrays, tables and arrays). Benthos's client refuses some typed values (objects, uint64) and then reconnects
 * forever; here such a value is sent as an AMQP table or, failing that, as its text.
 */
final class PublishHeaders {
    private PublishHeaders() {
    }

    static Map<String, Object> of(Map<String, Object> metadata, List<String> excludePrefixes) {
        Map<String, Object> headers = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : metadata.entrySet()) {
            String key = e.getKey();
            if (!isMetadataKey(key) || excluded(key, excludePrefixes)) {
                continue;
            }
            headers.put(key.replace('_', '-'), value(e.getValue()));
        }
        return headers;
    }

    /** Camel's own bookkeeping headers ({@code CamelHttpMethod}, ...) are not the message's metadata. */
    static boolean isMetadataKey(String key) {
        return !(key.startsWith("Camel") || key.startsWith("camel") || key.startsWith("org.apache.camel."));
    }

    private static boolean excluded(String key, List<String> prefixes) {
        for (String p : prefixes) {
            if (key.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static Object value(Object v) {
        if (v == null || v instanceof String || v instanceof Long || v instanceof Integer || v instanceof Short
                || v instanceof Byte || v instanceof Double || v instanceof Float || v instanceof Boolean
                || v instanceof byte[] || v instanceof Date) {
            return v;
        }
        if (v instanceof BigDecimal d) {
            // AMQP's decimal holds a 32-bit unscaled value and a non-negative scale
            return d.scale() >= 0 && d.scale() <= 255 && d.unscaledValue().bitLength() < 32 ? d : d.toPlainString();
        }
        if (v instanceof BigInteger i) {
            return i.bitLength() < 64 ? (Object) i.longValue() : i.toString();
        }
        if (v instanceof ZonedDateTime t) {
            return Date.from(t.toInstant());
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> table = new LinkedHashMap<>();
            m.forEach((k, x) -> table.put(String.valueOf(k), value(x)));
            return table;
        }
        if (v instanceof List<?> l) {
            List<Object> array = new ArrayList<>(l.size());
            l.forEach(x -> array.add(value(x)));
            return array;
        }
        return String.valueOf(v);
    }
}
