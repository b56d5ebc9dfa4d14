package io.camelbenthos.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.LongString;
import io.camelbenthos.bloblang.go.GoStrconv;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata amqp_0_9 gives a delivery: every header, flattened ({@code -} becomes {@code _}, nested tables
 * {@code key_sub}, arrays {@code key_index}), then the {@code amqp_*} properties, which win a clash. Every value is a
 * string and empty values are left out, as in Benthos. Unlike Benthos, {@code amqp_delivery_tag} is set (Benthos
 * documents it but its converter drops the unsigned tag) and header values of every integer width are kept.
 */
final class DeliveryMetadata {
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private DeliveryMetadata() {
    }

    static Map<String, Object> of(String consumerTag, Envelope envelope, AMQP.BasicProperties p) {
        Map<String, Object> meta = new LinkedHashMap<>();
        if (p.getHeaders() != null) {
            p.getHeaders().forEach((k, v) -> put(meta, k, v));
        }
        put(meta, "amqp_content_type", p.getContentType());
        put(meta, "amqp_content_encoding", p.getContentEncoding());
        if (p.getDeliveryMode() != null && p.getDeliveryMode() != 0) {
            put(meta, "amqp_delivery_mode", p.getDeliveryMode());
        }
        put(meta, "amqp_priority", p.getPriority() == null ? 0 : p.getPriority());
        put(meta, "amqp_correlation_id", p.getCorrelationId());
        put(meta, "amqp_reply_to", p.getReplyTo());
        put(meta, "amqp_expiration", p.getExpiration());
        put(meta, "amqp_message_id", p.getMessageId());
        if (p.getTimestamp() != null) {
            put(meta, "amqp_timestamp", p.getTimestamp().getTime() / 1000);
        }
        put(meta, "amqp_type", p.getType());
        put(meta, "amqp_user_id", p.getUserId());
        put(meta, "amqp_app_id", p.getAppId());
        put(meta, "amqp_consumer_tag", consumerTag);
        put(meta, "amqp_delivery_tag", envelope.getDeliveryTag());
        put(meta, "amqp_redelivered", envelope.isRedeliver());
        put(meta, "amqp_exchange", envelope.getExchange());
        put(meta, "amqp_routing_key", envelope.getRoutingKey());
        return meta;
    }

    private static void put(Map<String, Object> meta, String key, Object value) {
        String k = key.replace('-', '_');
        if (value instanceof Map<?, ?> table) {
            table.forEach((sub, v) -> put(meta, k + "_" + sub, v));
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                put(meta, k + "_" + i, list.get(i));
            }
            return;
        }
        if (value instanceof Object[] array) {
            put(meta, key, List.of(array));
            return;
        }
        String text = text(value);
        if (!text.isEmpty()) {
            meta.put(k, text);
        }
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof LongString s) {
            return new String(s.getBytes(), StandardCharsets.UTF_8);
        }
        if (v instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        if (v instanceof Float f) {
            return GoStrconv.formatFloat(f, 'f', -1, 32);
        }
        if (v instanceof Double d) {
            return GoStrconv.formatFloat(d, 'f', -1, 64);
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Date d) {
            return RFC3339.format(d.toInstant().atOffset(ZoneOffset.UTC));
        }
        return String.valueOf(v);
    }
}
