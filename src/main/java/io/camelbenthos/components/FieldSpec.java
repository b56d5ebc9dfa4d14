package io.camelbenthos.components;

import java.util.List;

/**
 * One declared field of a component: name, type, default, docs. The same spec drives parsing, defaults, lint,
 * {@code echo} and the JSON schema.
 *
 * @param defaultValue plain Java data (String, Long, Double, Boolean, List, Map) or null when there is none
 * @param required     true when the field has no default and must be written
 * @param options      allowed values for an enum-like string field (empty: any)
 * @param children     the fields of an OBJECT or OBJECT_LIST field
 */
public record FieldSpec(String name, FieldType type, Object defaultValue, boolean required, boolean advanced,
                        String description, List<String> options, List<FieldSpec> children) {

    public static FieldSpec of(String name, FieldType type, Object defaultValue, String description) {
        return new FieldSpec(name, type, defaultValue, false, false, description, List.of(), List.of());
    }

    public static FieldSpec required(String name, FieldType type, String description) {
        return new FieldSpec(name, type, null, true, false, description, List.of(), List.of());
    }

    public static FieldSpec object(String name, String description, FieldSpec... children) {
        return new FieldSpec(name, FieldType.OBJECT, null, false, false, description, List.of(), List.of(children));
    }

    public static FieldSpec objectList(String name, String description, FieldSpec... children) {
        return new FieldSpec(name, FieldType.OBJECT_LIST, List.of(), false, false, description, List.of(), List.of(children));
    }

    /** A map of name to object, every object with the same {@code children} (default: empty map). */
    public static FieldSpec objectMap(String name, String description, FieldSpec... children) {
        return new FieldSpec(name, FieldType.OBJECT_MAP, java.util.Map.of(), false, false, description, List.of(),
                List.of(children));
    }

    public FieldSpec asAdvanced() {
        return new FieldSpec(name, type, defaultValue, required, true, description, options, children);
    }

    public FieldSpec options(String... allowed) {
        return new FieldSpec(name, type, defaultValue, required, advanced, description, List.of(allowed), children);
    }
}
