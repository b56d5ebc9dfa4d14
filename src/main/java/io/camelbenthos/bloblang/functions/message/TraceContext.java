package io.camelbenthos.bloblang.functions.message;

import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.message.Message;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The W3C trace context of a message. Benthos keeps an OpenTelemetry span in the message context; here the span
 * travels as the {@code traceparent} (and optional {@code tracestate}) metadata, which is where Camel's and Kafka's
 * OpenTelemetry propagation put it.
 */
final class TraceContext {
    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";
    /** version-traceid-spanid-flags; an all-zero trace or span id is invalid. */
    private static final Pattern VALID = Pattern.compile(
            "[0-9a-f]{2}-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");

    private TraceContext() {
    }

    /** {@code {"traceparent": ..., "tracestate": ...}} or null when the message carries no valid trace context. */
    static Object textMap(Message message) {
        String parent = traceparent(message);
        if (parent == null) {
            return null;
        }
        Map<String, Object> map = new TreeMap<>();
        map.put(TRACEPARENT, parent);
        Object state = message.metadata().get(TRACESTATE);
        if (state != null && !Values.toGoString(state).isEmpty()) {
            map.put(TRACESTATE, Values.toGoString(state));
        }
        return map;
    }

    /** The 32-hex-digit trace id, or {@code ""} without a trace context. */
    static String traceId(Message message) {
        String parent = traceparent(message);
        return parent == null ? "" : parent.substring(3, 35);
    }

    private static String traceparent(Message message) {
        if (message == null) {
            return null;
        }
        Object v = message.metadata().get(TRACEPARENT);
        if (v == null) {
            return null;
        }
        String s = Values.toGoString(v).strip();
        return VALID.matcher(s).matches() ? s : null;
    }
}
