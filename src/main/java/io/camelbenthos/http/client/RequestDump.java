package io.camelbenthos.http.client;

import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * {@code dump_request_log_level}: Benthos's request-log round tripper (internal/httpclient/logger.go) logs each
 * attempt as {@code http request log} with an {@code access_log} object: elapsed_ns, the request (url, method,
 * header, body) and the response (status_code, content_length, header, body), bodies decoded as JSON when they are
 * JSON, header values joined by spaces, and the error if any.
 */
final class RequestDump {
    private static final Logger LOG = LoggerFactory.getLogger("io.camelbenthos.http.client.dump");

    private RequestDump() {
    }

    /** The slf4j level of a Benthos level name; null for "" (no dump). FATAL logs at ERROR, as Benthos does. */
    static Level level(String name) {
        return switch (name.trim().toUpperCase(Locale.ROOT)) {
            case "TRACE" -> Level.TRACE;
            case "DEBUG" -> Level.DEBUG;
            case "INFO" -> Level.INFO;
            case "WARN" -> Level.WARN;
            case "ERROR", "FATAL" -> Level.ERROR;
            default -> null;
        };
    }

    /**
     * @param request  the exchange as sent (request headers and body on it)
     * @param response the enrich result, or null when nothing was sent
     */
    static void log(Level level, HttpCallState state, Exchange request, Exchange response) {
        if (!LOG.isEnabledForLevel(level)) {
            return;
        }
        Map<String, Object> accessLog = new LinkedHashMap<>();
        accessLog.put("elapsed_ns", System.nanoTime() - state.startedNanos);
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("url", state.url);
        req.put("method", request.getMessage().getHeader(Exchange.HTTP_METHOD, "", String.class));
        req.put("header", headers(request.getMessage().getHeaders()));
        req.put("body", body(request.getMessage().getBody(byte[].class)));
        accessLog.put("request", req);
        if (response != null && response.getException() == null) {
            byte[] body = response.getMessage().getBody(byte[].class);
            Map<String, Object> res = new LinkedHashMap<>();
            res.put("status_code", response.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class));
            res.put("content_length", body == null ? 0L : (long) body.length);
            res.put("header", headers(response.getMessage().getHeaders()));
            res.put("body", body(body));
            accessLog.put("response", res);
        } else if (response != null) {
            Throwable e = response.getException();
            accessLog.put("error", "error doing actual request: " + (e.getMessage() == null ? e : e.getMessage()));
        }
        LOG.atLevel(level).log("http request log access_log={}", GoJson.encode(accessLog, false));
    }

    private static Map<String, Object> headers(Map<String, Object> headers) {
        Map<String, Object> out = new LinkedHashMap<>();
        headers.forEach((k, v) -> {
            if (!k.startsWith("Camel")) {
                out.put(k, v instanceof List<?> list ? String.join(" ", list.stream().map(String::valueOf).toList())
                        : String.valueOf(v));
            }
        });
        return out;
    }

    private static Object body(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return GoJsonDecoder.unmarshal(body, false);
        } catch (RuntimeException notJson) {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
