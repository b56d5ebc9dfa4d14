package io.camelbenthos.bloblang.exec;

/** {@code target.(query)}: evaluates {@code query} with {@code this} bound to the target's value. */
public final class ContextNode extends Node {
    private final Node target;
    private final Node query;

    public ContextNode(Node target, Node query) {
        this.target = target;
        this.query = query;
    }

    @Override
    public Object exec(ExecContext ctx) {
        return query.evalWith(ctx, target.exec(ctx));
    }

    @Override
    public String annotation() {
        return query.annotation();
    }
}
