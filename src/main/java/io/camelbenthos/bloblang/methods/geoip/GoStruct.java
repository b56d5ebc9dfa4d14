package io.camelbenthos.bloblang.methods.geoip;

import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.JsonNumber;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A geoip2-golang result struct, and the Bloblang value Benthos makes of a database record through it: maxminddb's
 * reflection decoding into the struct, then {@code json.Marshal} and a {@code UseNumber} decode. So every field is
 * present (absent ones hold Go's zero value: {@code 0}, {@code ""}, {@code false}, {@code null} for maps and slices),
 * numbers are {@link JsonNumber}s in Go's JSON text, and keys of the record the struct does not declare are dropped.
 *
 * @param goType the named Go type, e.g. {@code geoip2.City}, for unmarshal errors
 * @param fields the fields in declaration order
 */
record GoStruct(String goType, List<GoField> fields) {

    /**
     * The Bloblang object for a record as {@link com.maxmind.db.Reader} decodes it (maps, lists, strings, numbers,
     * booleans, byte arrays), or for no record at all (null: the IP is not in the database, which maxminddb reports
     * as an all-zero struct rather than an error).
     *
     * @throws QueryException maxminddb's {@code cannot unmarshal} error when a value does not fit its Go field
     */
    Map<String, Object> decode(Object record) {
        return record == null ? zero(fields) : struct(record, () -> goType, fields);
    }

    /** {@code type} names the struct in an unmarshal error only: built on that path, never per lookup. */
    private static Map<String, Object> struct(Object data, Supplier<String> type, List<GoField> fields) {
        if (!(data instanceof Map<?, ?> map)) {
            throw cannotUnmarshal(data, type.get());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (GoField f : fields) {
            Object v = map.get(f.tag());
            out.put(f.goName(), v == null ? zero(f) : field(f, v));
        }
        return out;
    }

    private static Object field(GoField f, Object v) {
        return switch (f.kind()) {
            case UINT, UINT8, UINT16 -> unsigned(f, v);
            case FLOAT64 -> {
                if (!(v instanceof Double) && !(v instanceof Float)) {
                    throw cannotUnmarshal(v, f.goType());
                }
                try {
                    yield new JsonNumber(GoStrconv.formatJsonFloat(((Number) v).doubleValue()));
                } catch (IllegalArgumentException e) {
                    throw Errors.failure(e.getMessage()); // NaN/Inf: json.Marshal's own error, as in Benthos
                }
            }
            case BOOL -> {
                if (!(v instanceof Boolean)) {
                    throw cannotUnmarshal(v, f.goType());
                }
                yield v;
            }
            case STRING -> {
                if (!(v instanceof String)) {
                    throw cannotUnmarshal(v, f.goType());
                }
                yield v;
            }
            case NAMES -> names(f, v);
            case STRUCT -> struct(v, f::goType, f.fields());
            case STRUCT_SLICE -> {
                if (!(v instanceof List<?> list)) {
                    throw cannotUnmarshal(v, f.goType());
                }
                Supplier<String> elementType = () -> GoField.structType(f.fields());
                List<Object> out = new ArrayList<>(list.size());
                for (Object element : list) {
                    out.add(struct(element, elementType, f.fields()));
                }
                yield out;
            }
        };
    }

    /** maxminddb accepts any unsigned (or non-negative int32) value that fits the field's width. */
    private static JsonNumber unsigned(GoField f, Object v) {
        BigInteger n;
        if (v instanceof Integer || v instanceof Long) {
            n = BigInteger.valueOf(((Number) v).longValue());
        } else if (v instanceof BigInteger b) {
            n = b;
        } else {
            throw cannotUnmarshal(v, f.goType());
        }
        if (n.signum() < 0 || n.bitLength() > f.kind().bits) {
            throw cannotUnmarshal(v, f.goType());
        }
        return new JsonNumber(n.toString());
    }

    private static Map<String, Object> names(GoField f, Object v) {
        if (!(v instanceof Map<?, ?> map)) {
            throw cannotUnmarshal(v, f.goType());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof String s)) {
                throw cannotUnmarshal(e.getValue(), "string");
            }
            out.put(String.valueOf(e.getKey()), s);
        }
        return out;
    }

    private static Map<String, Object> zero(List<GoField> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (GoField f : fields) {
            out.put(f.goName(), zero(f));
        }
        return out;
    }

    private static Object zero(GoField f) {
        return switch (f.kind()) {
            case UINT, UINT8, UINT16, FLOAT64 -> new JsonNumber("0");
            case BOOL -> Boolean.FALSE;
            case STRING -> "";
            case NAMES, STRUCT_SLICE -> null; // nil map / nil slice marshal as null
            case STRUCT -> zero(f.fields());
        };
    }

    /** maxminddb's {@code UnmarshalTypeError}: the value as Go's {@code %v} prints it, and the target Go type. */
    private static QueryException cannotUnmarshal(Object value, String goType) {
        return Errors.failure("maxminddb: cannot unmarshal " + goValue(value) + " into type " + goType);
    }

    private static String goValue(Object v) {
        if (v instanceof Map<?, ?>) {
            return "map";
        }
        if (v instanceof List<?>) {
            return "array";
        }
        if (v instanceof Double d) {
            return GoStrconv.formatFloat(d);
        }
        if (v instanceof Float f) {
            return GoStrconv.formatFloat(f, 'g', -1, 32);
        }
        if (v instanceof byte[] b) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < b.length; i++) {
                sb.append(i == 0 ? "" : " ").append(b[i] & 0xff);
            }
            return sb.append(']').toString();
        }
        return String.valueOf(v);
    }
}
