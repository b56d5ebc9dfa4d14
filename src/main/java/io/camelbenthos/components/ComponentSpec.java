package io.camelbenthos.components;

import java.util.List;

/**
 * What a component declares about itself: its name, kind, status, docs and fields. The common fields
 * ({@code label}, and {@code processors} for inputs and outputs) are implied and not listed here.
 *
 * <p>A component whose config is a single value rather than an object ({@code mapping: 'root = ...'},
 * {@code try: [...]}, {@code reject: "msg"}) declares exactly one field named like the component itself; see
 * {@link #ofValue} and {@link #isValueComponent()}.
 *
 * @param nonBlocking the component's own steps never wait for anything outside the process (no I/O, no sleep, no lock
 *                    held across a wait), so they may run on an event loop; what it nests (processors, outputs) and
 *                    the Bloblang it runs are checked on their own (see {@code io.camelbenthos.translate.NonBlocking})
 */
public record ComponentSpec(String name, ComponentKind kind, String status, String summary, List<FieldSpec> fields,
                            boolean nonBlocking) {

    /** A component that may block (the default: only components known not to are marked). */
    public ComponentSpec(String name, ComponentKind kind, String status, String summary, List<FieldSpec> fields) {
        this(name, kind, status, summary, fields, false);
    }

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

    /** This spec, marked as never blocking (see {@link #nonBlocking()}). */
    public ComponentSpec asNonBlocking() {
        return new ComponentSpec(name, kind, status, summary, fields, true);
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
