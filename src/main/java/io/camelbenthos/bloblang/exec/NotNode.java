package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.value.ValueType;

/** {@code !expr}: the operand must be a bool. */
public final class NotNode extends Node {
    private final Node target;

    public NotNode(Node target) {
        this.target = target;
    }

    @Override
    public Object exec(ExecContext ctx) {
        Object v = target.exec(ctx);
        if (v instanceof Boolean b) {
            return !b;
        }
        throw Errors.typeErrorFrom(target.annotation(), v, ValueType.BOOL);
    }

    @Override
    public String annotation() {
        return "not " + target.annotation();
    }
}
