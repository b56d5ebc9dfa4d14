package io.camelbenthos.config;

import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.FieldSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link ComponentConfig} built by {@link ConfigParser}: a component, a nested object field or the root
 * document, its values already typed and defaulted. Values are plain Java data plus nested {@code ParsedConfig}s.
 */
public final class ParsedConfig implements ComponentConfig {
    private final String type;
    private final String label;
    private final String path;
    private final Position position;
    /** The section this component sits in, or null for an object field or the root. */
    private final ComponentKind kind;
    private final boolean valueComponent;
    private final Map<String, FieldSpec> fields;
    private final Map<String, Object> values;
    private final Map<String, Position> positions;
    private final Set<String> written;
    private final List<ComponentConfig> processors;

    ParsedConfig(String type, String label, String path, Position position, ComponentKind kind, boolean valueComponent,
                 List<FieldSpec> fields, Map<String, Object> values, Map<String, Position> positions,
                 Set<String> written, List<? extends ComponentConfig> processors) {
        this.type = type;
        this.label = label;
        this.path = path;
        this.position = position;
        this.kind = kind;
        this.valueComponent = valueComponent;
        Map<String, FieldSpec> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        this.fields = Collections.unmodifiableMap(byName);
        this.values = Collections.unmodifiableMap(values);
        this.positions = Map.copyOf(positions);
        this.written = Set.copyOf(written);
        this.processors = List.copyOf(processors);
    }

    /** This object's fields as the component {@code type} with its label, position, path and processors. */
    ParsedConfig withComponent(String newLabel, Position componentPosition, String componentPath,
                               List<? extends ComponentConfig> componentProcessors) {
        return new ParsedConfig(type, newLabel, componentPath, componentPosition, kind, false,
                List.copyOf(fields.values()), values, positions, written, componentProcessors);
    }

    /** This component with another label and processors (a template usage's, around what it expanded into). */
    ParsedConfig withLabelAndProcessors(String newLabel, List<? extends ComponentConfig> newProcessors) {
        return new ParsedConfig(type, newLabel, path, position, kind, valueComponent, List.copyOf(fields.values()),
                values, positions, written, newProcessors);
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String path() {
        return path;
    }

    /** The section of a component ({@code INPUT}, ...), or null for an object field or the root document. */
    public ComponentKind kind() {
        return kind;
    }

    @Override
    public Position position() {
        return position;
    }

    @Override
    public Position position(String field) {
        declared(field);
        return positions.getOrDefault(field, position);
    }

    @Override
    public boolean declares(String field) {
        return fields.containsKey(field);
    }

    @Override
    public boolean isSet(String field) {
        declared(field);
        return written.contains(field);
    }

    @Override
    public String string(String field) {
        Object v = value(field);
        return v == null ? null : v.toString();
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
        String s = string(field);
        return s == null || s.isEmpty() ? Duration.ZERO : Duration.ofNanos(GoDuration.parse(s));
    }

    @Override
    public List<String> stringList(String field) {
        return typedList(field, String.class);
    }

    @Override
    public List<Long> integerList(String field) {
        return typedList(field, Long.class);
    }

    @Override
    public Map<String, String> stringMap(String field) {
        Object v = value(field);
        if (v == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        ((Map<?, ?>) v).forEach((k, val) -> out.put(String.valueOf(k), val == null ? "" : String.valueOf(val)));
        return out;
    }

    @Override
    public ComponentConfig object(String field) {
        return (ComponentConfig) value(field);
    }

    @Override
    public List<ComponentConfig> objectList(String field) {
        return typedList(field, ComponentConfig.class);
    }

    @Override
    public Map<String, ComponentConfig> objectMap(String field) {
        Object v = value(field);
        if (v == null) {
            return Map.of();
        }
        Map<String, ComponentConfig> out = new LinkedHashMap<>();
        ((Map<?, ?>) v).forEach((k, val) -> out.put(String.valueOf(k), (ComponentConfig) val));
        return Collections.unmodifiableMap(out);
    }

    @Override
    public ComponentConfig component(String field) {
        return (ComponentConfig) value(field);
    }

    @Override
    public List<ComponentConfig> components(String field) {
        return typedList(field, ComponentConfig.class);
    }

    @Override
    public List<ComponentConfig> processors() {
        return processors;
    }

    @Override
    public Object raw(String field) {
        return plain(value(field));
    }

    /** The whole config as plain data in Benthos's shape (defaults included), for {@code echo}. */
    public Object toPlain() {
        if (kind == null) {
            return fieldsPlain();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (!label.isEmpty()) {
            out.put("label", label);
        }
        out.put(type, valueComponent ? plain(values.get(type)) : fieldsPlain());
        if (kind.hasProcessors() && !processors.isEmpty()) {
            out.put("processors", plain(processors));
        }
        return out;
    }

    private Map<String, Object> fieldsPlain() {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                out.put(k, plain(v));
            }
        });
        return out;
    }

    private static Object plain(Object v) {
        if (v instanceof ParsedConfig pc) {
            return pc.toPlain();
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(plain(item)));
            return out;
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, val) -> out.put(String.valueOf(k), plain(val)));
            return out;
        }
        return v;
    }

    private <T> List<T> typedList(String field, Class<T> elementType) {
        Object v = value(field);
        if (v == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (Object item : (List<?>) v) {
            out.add(elementType.cast(item));
        }
        return Collections.unmodifiableList(out);
    }

    private Object value(String field) {
        declared(field);
        return values.get(field);
    }

    private void declared(String field) {
        if (!fields.containsKey(field)) {
            throw new IllegalArgumentException("field '" + field + "' is not declared by " + type + " (" + path + ")");
        }
    }

    @Override
    public String toString() {
        return path + "(" + type + ")";
    }
}
