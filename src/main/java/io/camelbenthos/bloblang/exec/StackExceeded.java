package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.QueryException;

/** Go {@code errStacks}: too many nested map applications. */
final class StackExceeded extends QueryException {
    private static final long serialVersionUID = 1L;

    StackExceeded(String mapAnnotation, int max) {
        super("entering " + mapAnnotation + " exceeded maximum allowed stacks of " + max
                + ", this could be due to unbounded recursion");
    }
}
