package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.Values;

/** {@code a | b}: {@code b} when {@code a} fails or is null-like. */
public final class CoalesceNode extends Node {
    private final Node left;
    private final Node right;

    public CoalesceNode(Node left, Node right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public Object exec(ExecContext ctx) {
        try {
            Object v = left.exec(ctx);
            if (!Values.isNull(v)) {
                return v;
            }
        } catch (QueryException e) {
            // fall through to the right-hand side
        }
        return right.exec(ctx);
    }

    @Override
    public String annotation() {
        return right.annotation();
    }
}
