package io.camelbenthos.bloblang.exec;

import java.util.Arrays;

/** A path read from a computed value ({@code foo().a.b}); Go {@code getMethod}. */
public final class GetNode extends Node {
    private final Node target;
    private final String[] path;
    private final String annotation;

    public GetNode(Node target, String[] path) {
        if (target instanceof GetNode g) {
            String[] p = Arrays.copyOf(g.path, g.path.length + path.length);
            System.arraycopy(path, 0, p, g.path.length, path.length);
            this.target = g.target;
            this.path = p;
        } else {
            this.target = target;
            this.path = path;
        }
        this.annotation = "path `" + PathWalker.dotPath(this.path) + "`";
    }

    @Override
    public Object exec(ExecContext ctx) {
        return PathWalker.get(target.exec(ctx), path);
    }

    @Override
    public String annotation() {
        return annotation;
    }
}
