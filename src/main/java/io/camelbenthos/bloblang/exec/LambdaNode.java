package io.camelbenthos.bloblang.exec;

/**
 * A named capture {@code name -> body}: binds {@code name} to the current context value and restores the outer
 * {@code this} for the body ({@code _ ->} only restores).
 */
public final class LambdaNode extends Node {
    private final String name;
    private final Node body;

    public LambdaNode(String name, Node body) {
        this.name = name;
        this.body = body;
    }

    public String name() {
        return name;
    }

    @Override
    public Object exec(ExecContext ctx) {
        Object v = ctx.thisValue();
        ExecContext c = ctx.pop();
        if (!"_".equals(name)) {
            c = c.withNamed(name, v);
        }
        return body.exec(c);
    }

    @Override
    public String annotation() {
        return body.annotation();
    }
}
