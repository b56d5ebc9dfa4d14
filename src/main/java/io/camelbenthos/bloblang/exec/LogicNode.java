package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.value.Values;

/** {@code &&} and {@code ||}: short-circuit, operands through Go {@code IGetBool}. */
public final class LogicNode extends Node {
    private final boolean and;
    private final Node left;
    private final Node right;

    public LogicNode(boolean and, Node left, Node right) {
        this.and = and;
        this.left = left;
        this.right = right;
    }

    @Override
    public Object exec(ExecContext ctx) {
        boolean l = Values.getBool(left.exec(ctx));
        if (and != l) {
            return l;
        }
        return Values.getBool(right.exec(ctx));
    }

    @Override
    public String annotation() {
        return right.annotation();
    }
}
