package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.QueryException;

/** Go {@code failedAssignmentErr}: {@code failed assignment (line N): <cause>}. */
final class FailedAssignment extends QueryException {
    private static final long serialVersionUID = 1L;

    FailedAssignment(int line, QueryException cause) {
        super("failed assignment (line " + line + "): " + cause.getMessage(), cause.isAnnotated(), cause);
    }
}
