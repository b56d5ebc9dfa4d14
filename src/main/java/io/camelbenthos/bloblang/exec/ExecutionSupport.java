package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.QueryException;
import java.util.List;

/** Runs statement lists with Go's error formatting ({@code formatExecErr}). */
final class ExecutionSupport {
    private ExecutionSupport() {
    }

    /** Runs statements; failures become {@code failed assignment (line N)} relative to {@code baseLine}. */
    static void run(List<Statement> statements, ExecContext ctx, int baseLine) {
        for (Statement st : statements) {
            try {
                st.execute(ctx);
            } catch (QueryException e) {
                throw format(e, st.line - baseLine + 1);
            }
        }
    }

    static QueryException format(QueryException e, int line) {
        FailedAssignment inner = e.find(FailedAssignment.class);
        if (inner != null) {
            return inner;
        }
        StackExceeded stacks = e.find(StackExceeded.class);
        return new FailedAssignment(line, stacks != null ? stacks : e);
    }
}
