package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.value.Deleted;
import io.camelbenthos.bloblang.value.Nothing;

/** {@code let name = ...} (Go {@code VarAssignment}; values are not copied). */
public final class VarAssignment extends Statement {
    private final String name;
    private final Node query;

    public VarAssignment(int line, String name, Node query) {
        super(line);
        this.name = name;
        this.query = query;
    }

    @Override
    void execute(ExecContext ctx) {
        Object v = query.exec(ctx);
        if (v == Nothing.INSTANCE) {
            return;
        }
        if (v == Deleted.INSTANCE) {
            ctx.vars().remove(name);
        } else {
            ctx.vars().put(name, v);
        }
    }
}
