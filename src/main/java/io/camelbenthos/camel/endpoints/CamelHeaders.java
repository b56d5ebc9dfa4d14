package io.camelbenthos.camel.endpoints;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Camel headers to Benthos metadata, as http_server maps request headers: every header of the message, but none of
 * the transport's own bookkeeping. Camel's internal headers ({@code Camel…}, {@code org.apache.camel…}), JMS's
 * ({@code JMS…}, {@code JMSX…}), qpid's AMQP mapping ({@code JMS_AMQP_…}) and Artemis's ({@code _AMQ…},
 * {@code __AMQ…}) never become metadata, so they cannot leak into a reply or another endpoint either.
 */
public final class CamelHeaders {
    private CamelHeaders() {
    }

    /** Whether a header is a transport's own, never a message's metadata. */
    public static boolean isInternal(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("camel") || lower.startsWith("org.apache.camel") || name.startsWith("JMS")
                || name.startsWith("_AMQ") || name.startsWith("__AMQ") || lower.equals("breadcrumbid");
    }

    /**
     * The metadata of a Camel message's headers: internal ones left out, strings, numbers and booleans kept as they
     * are (Bloblang sees their type), anything else as its text; null values are dropped.
     */
    public static Map<String, Object> toMetadata(Map<String, Object> headers) {
        Map<String, Object> meta = new LinkedHashMap<>();
        for (Map.Entry<String, Object> h : headers.entrySet()) {
            Object value = h.getValue();
            if (value == null || isInternal(h.getKey())) {
                continue;
            }
            meta.put(h.getKey(), value instanceof String || value instanceof Number || value instanceof Boolean
                    ? value : String.valueOf(value));
        }
        return meta;
    }
}
