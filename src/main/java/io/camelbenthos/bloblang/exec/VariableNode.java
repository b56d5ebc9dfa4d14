package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.QueryException;

/** {@code $name}. */
public final class VariableNode extends Node {
    private final String name;

    public VariableNode(String name) {
        this.name = name;
    }

    @Override
    public Object exec(ExecContext ctx) {
        Object v = ctx.vars().get(name);
        if (v == null && !ctx.vars().containsKey(name)) {
            throw new QueryException("variable '" + name + "' undefined");
        }
        return v;
    }

    @Override
    public String annotation() {
        return "variable " + name;
    }
}
