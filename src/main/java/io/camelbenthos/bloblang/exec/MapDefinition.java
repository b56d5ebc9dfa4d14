package io.camelbenthos.bloblang.exec;

import java.util.List;

/** A named {@code map} block, applied with {@code .apply("name")}: fresh root and variables per call. */
public final class MapDefinition {
    /** Go {@code defaultMaxMapStacks}. */
    static final int MAX_STACKS = 5000;

    private final String name;
    private final int startLine;
    private final List<Statement> statements;

    public MapDefinition(String name, int startLine, List<Statement> statements) {
        this.name = name;
        this.startLine = startLine;
        this.statements = List.copyOf(statements);
    }

    public String name() {
        return name;
    }

    /** Runs the map with {@code this} already bound in {@code ctx}; returns its root (Nothing when unassigned). */
    Object apply(ExecContext ctx) {
        ExecState s = ctx.state;
        if (s.mapDepth + 1 > MAX_STACKS) {
            throw new StackExceeded("map " + name, MAX_STACKS);
        }
        s.mapDepth++;
        try {
            Frame f = new Frame();
            ExecutionSupport.run(statements, ctx.withFrame(f), startLine);
            return f.root;
        } catch (StackOverflowError e) {
            // Deep recursion can exhaust the Java thread stack before Go's limit: report it with Go's text
            throw new StackExceeded("map " + name, MAX_STACKS);
        } finally {
            s.mapDepth--;
        }
    }
}
