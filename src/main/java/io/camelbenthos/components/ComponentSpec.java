package io.camelbenthos.components;

import java.util.List;

/**
 * What a component declares about itself: its name, kind, status, docs and fields. The common fields
 * ({@code label}, and {@code processors} for inputs and outputs) are implied and not listed here.
 *
 * <p>A component whose config is a single value rather than an object ({@code mapping: 'root = ...'},
 * {@code try: [...]}, {@code reject: "msg"}) declares exactly one field named like the component itself; see
 * {@link #ofValue} and {@link #isValueComponent()}.
 */
public record ComponentSpec(String name, ComponentKind kind, String status, String summary, List<FieldSpec> fields) {

    public static ComponentSpec of(String name, ComponentKind kind, String summary, FieldSpec... fields) {
        return new ComponentSpec(name, kind, "stable", summary, List.of(fields));
    }

    /** A component written as a single value: its one field carries the component's own name. */
    public static ComponentSpec ofValue(String name, ComponentKind kind, String summary, FieldType type, Object defaultValue) {
        FieldSpec value = defaultValue == null
                ? FieldSpec.required(name, type, summary)
                : FieldSpec.of(name, type, defaultValue, summary);
        return new ComponentSpec(name, kind, "stable", summary, List.of(value));
    }

    /** True when the config is the value itself (one field named like the component), not an object of fields. */
    public boolean isValueComponent() {
        return fields.size() == 1 && fields.get(0).name().equals(name);
    }

    public FieldSpec field(String fieldName) {
        for (FieldSpec f : fields) {
            if (f.name().equals(fieldName)) {
                return f;
            }
        }
        return null;
    }
}
