package io.camelbenthos.components;

import java.util.List;

/**
 * What a component declares about itself: its name, kind, status, docs and fields. The common fields
 * ({@code label}, and {@code processors} for inputs and outputs) are implied and not listed here.
 */
public record ComponentSpec(String name, ComponentKind kind, String status, String summary, List<FieldSpec> fields) {

    public static ComponentSpec of(String name, ComponentKind kind, String summary, FieldSpec... fields) {
        return new ComponentSpec(name, kind, "stable", summary, List.of(fields));
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
