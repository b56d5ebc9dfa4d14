package io.camelbenthos.bloblang.formats.parquet;

import io.camelbenthos.bloblang.formats.FormatException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.GroupType;

/**
 * A group with the MAP (or legacy MAP_KEY_VALUE) logical type, {@code repeated group key_value { key; value }}, as a
 * Bloblang object (parquet-go's {@code reconstructFuncOfMap} into {@code map[string]any}).
 *
 * <p>Keys become strings the way Go's {@code reflect.Value.Convert} to {@code string} does: strings stay, integers
 * become the UTF-8 of that code point (Go's {@code string(rune(i))}), and any other key type is the panic Go's
 * reader turns into an error. An empty map is an empty object; parquet-go panics on it
 * ({@code reflect.MakeMapWithSize} of an interface type), a library bug this port does not copy.
 */
final class MapConverter extends GroupConverter {
    private final Consumer<Object> out;
    private final Converter entries;
    private Map<String, Object> current;

    MapConverter(GroupType mapType, Consumer<Object> out, String errorPath) {
        this.out = out;
        this.entries = new EntryConverter(mapType.getType(0).asGroupType(), errorPath);
    }

    @Override
    public Converter getConverter(int fieldIndex) {
        return entries;
    }

    @Override
    public void start() {
        current = new LinkedHashMap<>();
        out.accept(current);
    }

    @Override
    public void end() {
        // entries were added in place
    }

    static String goKeyString(Object key) {
        if (key instanceof String s) {
            return s;
        }
        if (key instanceof Integer || key instanceof Long) {
            long cp = ((Number) key).longValue();
            boolean valid = cp >= 0 && cp <= Character.MAX_CODE_POINT && (cp < 0xD800 || cp > 0xDFFF);
            return valid ? Character.toString((int) cp) : "\uFFFD";
        }
        throw new FormatException("decoding panic: reflect.Value.Convert: value of type " + goTypeName(key)
                + " cannot be converted to type string");
    }

    private static String goTypeName(Object key) {
        if (key instanceof Boolean) {
            return "bool";
        }
        if (key instanceof Float) {
            return "float32";
        }
        if (key instanceof Double) {
            return "float64";
        }
        if (key instanceof byte[] b) {
            return "[" + b.length + "]uint8";
        }
        return "deprecated.Int96";
    }

    /** One {@code key_value} repetition: the first field is the key, the second (if any) the value. */
    private final class EntryConverter extends GroupConverter {
        private final Converter key;
        private final Converter value;
        private Object k;
        private Object v;

        EntryConverter(GroupType keyValue, String errorPath) {
            this.key = ValueConverters.forValue(keyValue.getType(0), x -> k = x, errorPath);
            this.value = keyValue.getFieldCount() > 1
                    ? ValueConverters.forValue(keyValue.getType(1), x -> v = x, errorPath)
                    : null;
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return fieldIndex == 0 ? key : value;
        }

        @Override
        public void start() {
            k = null;
            v = null;
        }

        @Override
        public void end() {
            current.put(goKeyString(k), v);
        }
    }
}
