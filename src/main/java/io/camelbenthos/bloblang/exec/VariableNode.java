package io.camelbenthos.bloblang.exec;

/** {@code $name}. */
public final class VariableNode extends Node {
    private final String name;

    public VariableNode(String name) {
        this.name = name;
    }

    @Override
    public Object exec(ExecContext ctx) {
        return ctx.variable(name);
    }

    @Override
    public String annotation() {
        return "variable " + name;
    }
}
