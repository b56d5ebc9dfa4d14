package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.Nothing;
import java.util.List;

/** An {@code if} expression; no matching branch yields nothing. A null condition counts as false. */
public final class IfNode extends Node {
    private final Node[] conditions;
    private final Node[] results;
    private final Node otherwise;

    public IfNode(List<Node> conditions, List<Node> results, Node otherwise) {
        this.conditions = conditions.toArray(new Node[0]);
        this.results = results.toArray(new Node[0]);
        this.otherwise = otherwise;
    }

    @Override
    public Object exec(ExecContext ctx) {
        for (int i = 0; i < conditions.length; i++) {
            Object v = condition(i, ctx);
            if (v instanceof Boolean b) {
                if (b) {
                    return results[i].exec(ctx);
                }
            } else if (v != null) {
                throw new QueryException(conditions[i].annotation() + " resolved to a non-boolean value "
                        + GoDisplay.value(v) + " (" + GoDisplay.type(v) + ")");
            }
        }
        return otherwise == null ? Nothing.INSTANCE : otherwise.exec(ctx);
    }

    /** Go's {@code NewIfFunction}: the {@code if} condition's error is unnumbered, the else-ifs count from 1. */
    private Object condition(int i, ExecContext ctx) {
        try {
            return conditions[i].exec(ctx);
        } catch (QueryException e) {
            throw e.prefixed(i == 0 ? "failed to check if condition" : "failed to check if condition " + i);
        }
    }

    @Override
    public String annotation() {
        return "if expression";
    }
}
