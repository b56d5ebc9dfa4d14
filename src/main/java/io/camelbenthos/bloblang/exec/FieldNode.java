package io.camelbenthos.bloblang.exec;

import java.util.Arrays;

/**
 * A field of {@code this} ({@code this.a.b}, or a bare {@code a.b}), of {@code root}, or of a named capture
 * ({@code x.a}); paths after the first segment are merged at parse time (Go {@code fieldFunction.expand}).
 */
public final class FieldNode extends Node {
    /** What the path starts from. */
    public enum Base { THIS, ROOT, NAMED }

    private final Base base;
    private final String name;
    private final String[] path;
    private final String dotPath;
    private final String annotation;

    public FieldNode(Base base, String name, String[] path) {
        this.base = base;
        // interned like LambdaNode's: a capture lookup then matches on identity, not by comparing characters
        this.name = name == null ? null : name.intern();
        this.path = path;
        this.dotPath = PathWalker.dotPath(path);
        String head = switch (base) {
            case THIS -> "this";
            case ROOT -> "root";
            case NAMED -> name;
        };
        this.annotation = "field `" + head + (path.length == 0 ? "" : "." + dotPath) + "`";
    }

    /** This field extended by more path segments. */
    public FieldNode expand(String[] more) {
        String[] p = Arrays.copyOf(path, path.length + more.length);
        System.arraycopy(more, 0, p, path.length, more.length);
        return new FieldNode(base, name, p);
    }

    public Base base() {
        return base;
    }

    public String name() {
        return name;
    }

    public int pathLength() {
        return path.length;
    }

    @Override
    public Object exec(ExecContext ctx) {
        Object v = switch (base) {
            case THIS -> ctx.current(dotPath);
            case ROOT -> ctx.frame.root;
            case NAMED -> ctx.named(name);
        };
        return path.length == 0 ? v : PathWalker.get(v, path);
    }

    @Override
    public String annotation() {
        return annotation;
    }
}
