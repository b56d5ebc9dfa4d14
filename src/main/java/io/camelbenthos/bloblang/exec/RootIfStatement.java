package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.QueryException;
import java.util.ArrayList;
import java.util.List;

/** A statement-level {@code if / else if / else} block (Go {@code RootLevelIfStatement}). */
public final class RootIfStatement extends Statement {
    /** A condition (null for the final {@code else}) and its statements. */
    public record Branch(Node condition, List<Statement> statements) {
    }

    private final List<Branch> branches = new ArrayList<>();

    public RootIfStatement(int line) {
        super(line);
    }

    public RootIfStatement add(Node condition, List<Statement> statements) {
        branches.add(new Branch(condition, List.copyOf(statements)));
        return this;
    }

    @Override
    void execute(ExecContext ctx) {
        for (int i = 0; i < branches.size(); i++) {
            Branch b = branches.get(i);
            if (b.condition != null) {
                Object v;
                try {
                    v = b.condition.exec(ctx);
                } catch (QueryException e) {
                    throw e.prefixed("failed to check if condition " + (i + 1));
                }
                if (!(v instanceof Boolean bool)) {
                    throw new QueryException(b.condition.annotation() + " resolved to a non-boolean value "
                            + GoDisplay.value(v) + " (" + GoDisplay.type(v) + ")");
                }
                if (!bool) {
                    continue;
                }
            }
            for (Statement st : b.statements) {
                st.execute(ctx);
            }
            return;
        }
    }
}
