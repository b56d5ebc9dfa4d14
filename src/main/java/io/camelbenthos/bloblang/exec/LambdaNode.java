package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.CallContext;

/**
 * A named capture {@code name -> body}: binds {@code name} to the current context value and restores the outer
 * {@code this} for the body ({@code _ ->} only restores).
 */
public final class LambdaNode extends Node {
    private final String name;
    private final Node body;
    /** {@code _ -> ...}: binds nothing. */
    private final boolean discard;

    public LambdaNode(String name, Node body) {
        // interned like the names of FieldNode: a capture lookup then matches on identity
        this.name = name.intern();
        this.body = body;
        this.discard = "_".equals(name);
    }

    public String name() {
        return name;
    }

    @Override
    public Object exec(ExecContext ctx) {
        Object v = ctx.thisValue();
        ExecContext c = ctx.pop();
        return body.exec(discard ? c : c.withNamed(name, v));
    }

    /** {@code exec(ctx.withThis(value))} without the context it would push and pop again at once. */
    @Override
    public Object evalWith(CallContext ctx, Object value) {
        ExecContext c = (ExecContext) ctx;
        return body.exec(discard ? c : c.withNamed(name, value));
    }

    @Override
    public String annotation() {
        return body.annotation();
    }
}
