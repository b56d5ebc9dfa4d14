package io.camelbenthos.bloblang.formats;

import io.camelbenthos.bloblang.go.GoTimeLayout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelbenthos.bloblang.value.JsonNumber;
import io.camelbenthos.bloblang.value.UInt64;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between Bloblang values and Jackson trees, with the JSON forms Go's encoding/json gives them. */
public final class JsonNodes {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonNodes() {
    }

    /** A value as JSON: bytes become base64 text, timestamps RFC 3339 text, input numbers keep their digits. */
    public static JsonNode toNode(Object v) {
        if (v == null) {
            return F.nullNode();
        }
        if (v instanceof String s) {
            return F.textNode(s);
        }
        if (v instanceof Boolean b) {
            return F.booleanNode(b);
        }
        if (v instanceof Long l) {
            return F.numberNode(l);
        }
        if (v instanceof Integer i) {
            return F.numberNode(i);
        }
        if (v instanceof Double d) {
            return F.numberNode(d);
        }
        if (v instanceof Float f) {
            return F.numberNode(f);
        }
        if (v instanceof UInt64 u) {
            return F.numberNode(new BigInteger(u.toString()));
        }
        if (v instanceof JsonNumber n) {
            BigDecimal d = new BigDecimal(n.text());
            try {
                return F.numberNode(d.toBigIntegerExact());
            } catch (ArithmeticException e) {
                return F.numberNode(d);
            }
        }
        if (v instanceof byte[] b) {
            return F.textNode(Base64.getEncoder().encodeToString(b));
        }
        if (v instanceof ZonedDateTime t) {
            return F.textNode(GoTimeLayout.formatRfc3339Nano(t));
        }
        if (v instanceof List<?> list) {
            ArrayNode a = F.arrayNode(list.size());
            list.forEach(o -> a.add(toNode(o)));
            return a;
        }
        if (v instanceof Map<?, ?> map) {
            ObjectNode o = F.objectNode();
            map.forEach((k, val) -> o.set(String.valueOf(k), toNode(val)));
            return o;
        }
        return F.textNode(String.valueOf(v));
    }

    /** A Jackson tree as Bloblang values: integers as Long (UInt64 or Double past int64), decimals as Double. */
    public static Object fromNode(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isIntegralNumber()) {
            if (n.canConvertToLong()) {
                return n.longValue();
            }
            BigInteger b = n.bigIntegerValue();
            if (b.signum() > 0 && b.bitLength() <= 64) {
                return new UInt64(b.longValue());
            }
            return n.doubleValue();
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isArray()) {
            List<Object> list = new ArrayList<>(n.size());
            n.forEach(e -> list.add(fromNode(e)));
            return list;
        }
        if (n.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                map.put(e.getKey(), fromNode(e.getValue()));
            }
            return map;
        }
        if (n.isBinary()) {
            return Base64.getEncoder().encodeToString(n.asText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return n.asText();
    }
}
