package io.camelbenthos.cli;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.config.ConfigLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The config {@code create} prints for an expression {@code inputs/processors/outputs} (comma-separated names in
 * each part): every field of every named component with its default, required fields with their type's zero value,
 * several inputs or outputs under a {@code broker}. Small skeletons keep only the stream sections and leave out
 * advanced fields, as Benthos's {@code create --small} does.
 */
final class ConfigSkeleton {
    private static final List<String> STREAM_SECTIONS = List.of("input", "buffer", "pipeline", "output");

    private final ComponentRegistry registry;
    private final boolean small;

    ConfigSkeleton(ComponentRegistry registry, boolean small) {
        this.registry = registry;
        this.small = small;
    }

    /** The skeleton as plain YAML-ready data; an unknown name or a fourth part is an {@link IllegalArgumentException}. */
    Map<String, Object> build(String expression) {
        List<List<String>> parts = parts(expression == null ? "" : expression);
        Map<String, Object> root = defaults();
        if (!parts.get(0).isEmpty()) {
            root.put("input", oneOrBroker(ComponentKind.INPUT, parts.get(0), "inputs"));
        }
        if (!parts.get(1).isEmpty()) {
            List<Object> processors = new ArrayList<>();
            for (String name : parts.get(1)) {
                processors.add(component(ComponentKind.PROCESSOR, name));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> pipeline = (Map<String, Object>) root.get("pipeline");
            pipeline.put("processors", processors);
        }
        if (!parts.get(2).isEmpty()) {
            root.put("output", oneOrBroker(ComponentKind.OUTPUT, parts.get(2), "outputs"));
        }
        return root;
    }

    private static List<List<String>> parts(String expression) {
        List<List<String>> parts = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        String[] sections = expression.split("/", -1);
        for (int i = 0; i < sections.length; i++) {
            for (String name : sections[i].split(",")) {
                String trimmed = name.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (i > 2) {
                    throw new IllegalArgumentException("more component separators than expected");
                }
                parts.get(i).add(trimmed);
            }
        }
        return parts;
    }

    /** The root with every default (stdin to stdout), as {@code echo} prints an empty config. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> defaults() {
        Map<String, Object> all = (Map<String, Object>) ConfigLoader.standard().parse("create", "{}").toPlain();
        Map<String, Object> root = new LinkedHashMap<>();
        all.forEach((key, value) -> {
            if (!small || STREAM_SECTIONS.contains(key)) {
                root.put(key, copy(value));
            }
        });
        root.put("input", component(ComponentKind.INPUT, "stdin"));
        root.put("output", component(ComponentKind.OUTPUT, "stdout"));
        return root;
    }

    private Map<String, Object> oneOrBroker(ComponentKind kind, List<String> names, String listField) {
        List<Object> children = new ArrayList<>();
        for (String name : names) {
            children.add(component(kind, name));
        }
        if (children.size() == 1) {
            return cast(children.get(0));
        }
        Map<String, Object> broker = component(kind, "broker");
        cast(broker.get("broker")).put(listField, children);
        return broker;
    }

    private Map<String, Object> component(ComponentKind kind, String name) {
        ComponentSpec spec = registry.spec(kind, name)
                .orElseThrow(() -> new IllegalArgumentException("unrecognised " + kind.displayName() + " type '" + name + "'"));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("label", "");
        config.put(name, spec.isValueComponent() ? value(spec.fields().get(0)) : fields(spec.fields()));
        return config;
    }

    private Map<String, Object> fields(List<FieldSpec> specs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FieldSpec field : specs) {
            if (!(small && field.advanced())) {
                out.put(field.name(), value(field));
            }
        }
        return out;
    }

    private Object value(FieldSpec field) {
        if (!field.children().isEmpty() && field.type() == FieldType.OBJECT) {
            return fields(field.children());
        }
        return field.defaultValue() != null ? copy(field.defaultValue()) : zero(field);
    }

    /** A fresh copy of a spec's default, so the YAML dump never sees one object twice (it would write anchors). */
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, copy(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(copy(v)));
            return out;
        }
        return value;
    }

    /** What Benthos writes for a field that has no default: its type's zero value. */
    private static Object zero(FieldSpec field) {
        return switch (field.type()) {
            case STRING, INTERPOLATED_STRING, BLOBLANG, DURATION, RATE_LIMIT_LABEL, CACHE_LABEL -> "";
            case INT -> 0;
            case FLOAT -> 0.0;
            case BOOL -> false;
            case OBJECT, OBJECT_MAP, STRING_MAP, INTERPOLATED_MAP, INPUT, PROCESSOR, OUTPUT, ANY -> new LinkedHashMap<>();
            default -> new ArrayList<>();
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }
}
