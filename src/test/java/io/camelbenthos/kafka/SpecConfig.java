package io.camelbenthos.kafka;

import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.Position;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link ComponentConfig} over plain maps with the spec's defaults applied: lets the Kafka output be tested on its
 * own, independent of the YAML config layer.
 */
final class SpecConfig implements ComponentConfig {
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|ms|s|m|h)");
    private final String type;
    private final List<FieldSpec> fields;
    private final Map<String, Object> values;

    private SpecConfig(String type, List<FieldSpec> fields, Map<String, ?> values) {
        this.type = type;
        this.fields = fields;
        this.values = new LinkedHashMap<>(values);
    }

    @Override
    public String path() {
        return "root.output";
    }

    static SpecConfig of(ComponentSpec spec, Map<String, ?> values) {
        return new SpecConfig(spec.name(), spec.fields(), values);
    }

    private FieldSpec spec(String name) {
        for (FieldSpec f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("undeclared field " + name);
    }

    private Object value(String name) {
        FieldSpec f = spec(name);
        return values.containsKey(name) ? values.get(name) : f.defaultValue();
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String label() {
        return "";
    }

    @Override
    public Position position() {
        return new Position("test.yaml", 1, 1);
    }

    @Override
    public Position position(String field) {
        spec(field);
        return new Position("test.yaml", 2, 3);
    }

    @Override
    public boolean isSet(String field) {
        spec(field);
        return values.containsKey(field);
    }

    @Override
    public String string(String field) {
        Object v = value(field);
        return v == null ? "" : String.valueOf(v);
    }

    @Override
    public long integer(String field) {
        return ((Number) value(field)).longValue();
    }

    @Override
    public double number(String field) {
        return ((Number) value(field)).doubleValue();
    }

    @Override
    public boolean bool(String field) {
        return (Boolean) value(field);
    }

    @Override
    public Duration duration(String field) {
        String text = string(field);
        Matcher m = DURATION_PART.matcher(text);
        Duration d = Duration.ZERO;
        while (m.find()) {
            long n = (long) Double.parseDouble(m.group(1));
            d = d.plus(switch (m.group(2)) {
                case "ns" -> Duration.ofNanos(n);
                case "us" -> Duration.ofNanos(n * 1000);
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            });
        }
        return d;
    }

    @Override
    public List<String> stringList(String field) {
        List<String> out = new ArrayList<>();
        Object v = value(field);
        if (v instanceof List<?> list) {
            list.forEach(o -> out.add(String.valueOf(o)));
        }
        return out;
    }

    @Override
    public List<Long> integerList(String field) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, String> stringMap(String field) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value(field) instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }

    @Override
    public ComponentConfig object(String field) {
        FieldSpec f = spec(field);
        Map<String, Object> nested = new LinkedHashMap<>();
        if (values.get(field) instanceof Map<?, ?> map) {
            map.forEach((k, v) -> nested.put(String.valueOf(k), v));
        }
        return new SpecConfig(field, f.children(), nested);
    }

    @Override
    public List<ComponentConfig> objectList(String field) {
        FieldSpec f = spec(field);
        List<ComponentConfig> out = new ArrayList<>();
        if (values.get(field) instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> nested = new LinkedHashMap<>();
                ((Map<?, ?>) item).forEach((k, v) -> nested.put(String.valueOf(k), v));
                out.add(new SpecConfig(field, f.children(), nested));
            }
        }
        return out;
    }

    @Override
    public ComponentConfig component(String field) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ComponentConfig> components(String field) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ComponentConfig> processors() {
        return List.of();
    }

    @Override
    public Object raw(String field) {
        return value(field);
    }
}
