package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.CallContext;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.value.Values;

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
     * The value {@link #exec} just returned, made safe to store (in the document, metadata or a variable): sharing no
     * array or object with the input or anything stored before. Go clones every assigned value; nodes that build a new
     * container override this to copy only its elements instead of the container too.
     */
    public Object assignable(Object v) {
        return Values.deepCopy(v);
    }
}
