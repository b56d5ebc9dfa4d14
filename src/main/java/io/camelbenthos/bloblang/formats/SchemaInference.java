package io.camelbenthos.bloblang.formats;

import io.camelbenthos.bloblang.value.JsonNumber;
import io.camelbenthos.bloblang.value.Values;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benthos's common schema inferred from a value ({@code schema.InferFromAny(v).ToAny()}), for {@code infer_schema}:
 * {@code {"type": "OBJECT", "children": [{"name": "a", "type": "INT64"}, ...]}} with object children sorted by name
 * and arrays typed by their elements, which must all share one type. Input numbers (Go's {@code json.Number}) are
 * typed as INT64 when they are integers and FLOAT64 otherwise.
 */
public final class SchemaInference {
    private SchemaInference() {
    }

    /** @throws FormatException naming the path of the first unsupported or mismatched value */
    public static Object infer(Object v) {
        return infer("", v).toValue();
    }

    private record Node(String name, String type, List<Node> children) {
        Map<String, Object> toValue() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", type);
            if (!name.isEmpty()) {
                m.put("name", name);
            }
            if (!children.isEmpty()) {
                List<Object> cs = new ArrayList<>(children.size());
                children.forEach(c -> cs.add(c.toValue()));
                m.put("children", cs);
            }
            return m;
        }
    }

    private static Node infer(String name, Object v) {
        List<Node> children = new ArrayList<>();
        String type;
        if (v == null) {
            type = "NULL";
        } else if (v instanceof Boolean) {
            type = "BOOLEAN";
        } else if (v instanceof Integer) {
            type = "INT32";
        } else if (v instanceof Long) {
            type = "INT64";
        } else if (v instanceof Float) {
            type = "FLOAT32";
        } else if (v instanceof Double) {
            type = "FLOAT64";
        } else if (v instanceof JsonNumber n) {
            type = Values.sanitizeNumber(n) instanceof Long ? "INT64" : "FLOAT64";
        } else if (v instanceof byte[]) {
            type = "BYTE_ARRAY";
        } else if (v instanceof String) {
            type = "STRING";
        } else if (v instanceof ZonedDateTime) {
            type = "TIMESTAMP";
        } else if (v instanceof List<?> l) {
            type = "ARRAY";
            for (int i = 0; i < l.size(); i++) {
                Node c;
                try {
                    c = infer("", l.get(i));
                } catch (FormatException e) {
                    throw new FormatException("." + i + e.getMessage());
                }
                if (i == 0) {
                    children.add(c);
                } else if (!children.get(0).type().equals(c.type())) {
                    throw new FormatException("." + i + " mismatched array types, found " + children.get(0).type()
                            + " and " + c.type());
                }
            }
        } else if (v instanceof Map<?, ?> m) {
            type = "OBJECT";
            List<String> keys = new ArrayList<>();
            m.keySet().forEach(k -> keys.add((String) k));
            keys.sort(Values::compareUtf8);
            for (String k : keys) {
                try {
                    children.add(infer(k, m.get(k)));
                } catch (FormatException e) {
                    throw new FormatException("." + k + e.getMessage());
                }
            }
        } else {
            throw new FormatException(" unsupported data type: " + Values.typeName(v));
        }
        return new Node(name, type, children);
    }
}
