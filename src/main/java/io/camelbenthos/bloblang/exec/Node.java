package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.CallContext;
import io.camelbenthos.bloblang.plugin.Query;

/**
 * A compiled expression (Go {@code query.Function}). Nodes are immutable and shared by all executions of a mapping;
 * everything per execution lives in the {@link ExecContext}.
 */
public abstract class Node implements Query {
    /**
     * Evaluates this node.
     *
     * @throws io.camelbenthos.bloblang.plugin.QueryException when evaluation fails
     */
    public abstract Object exec(ExecContext ctx);

    @Override
    public final Object eval(CallContext ctx) {
        return exec((ExecContext) ctx);
    }

    /** True for a constant whose value is known at parse time. */
    public boolean isLiteral() {
        return false;
    }

    /** The value of a literal node. */
    public Object literalValue() {
        throw new IllegalStateException("not a literal");
    }

    /**
     * True when every evaluation returns a newly built value that nothing else references, so assignments need not
     * deep-copy it (Go clones every assigned value; this skips provably redundant copies).
     */
    public boolean producesFreshValue() {
        return false;
    }
}
