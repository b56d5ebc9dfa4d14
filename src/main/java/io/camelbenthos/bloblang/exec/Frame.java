package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.value.Nothing;
import java.util.HashMap;
import java.util.Map;

/** The assignment targets of one mapping or map execution: the document being built and the variables. */
final class Frame {
    Object root = Nothing.INSTANCE;
    /** Created by the first variable assignment: most mappings have none. */
    private Map<String, Object> vars;

    /** The variables, for assignment. */
    Map<String, Object> vars() {
        if (vars == null) {
            vars = new HashMap<>(8);
        }
        return vars;
    }

    /** Whether {@code name} is assigned (possibly to null). */
    boolean hasVar(String name) {
        return vars != null && vars.containsKey(name);
    }

    /** The value of {@code name}, null when unassigned or null. */
    Object var(String name) {
        return vars == null ? null : vars.get(name);
    }
}
