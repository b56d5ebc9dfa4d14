package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.Nothing;
import io.camelbenthos.bloblang.value.Values;
import java.util.List;

/**
 * A {@code match} expression. Literal cases compare equal to the subject ({@code this} without a subject); other
 * cases match only when they evaluate to {@code true}; {@code _} always matches.
 */
public final class MatchNode extends Node {
    /** One case: a pattern (null for {@code _}) and its result. */
    public record Case(Node pattern, Node result) {
    }

    private final Node subject;
    private final Case[] cases;

    public MatchNode(Node subject, List<Case> cases) {
        this.subject = subject;
        this.cases = cases.toArray(new Case[0]);
    }

    @Override
    public Object exec(ExecContext ctx) {
        ExecContext c = subject == null ? ctx : ctx.withThis(subject.exec(ctx));
        for (int i = 0; i < cases.length; i++) {
            if (matches(i, c)) {
                return cases[i].result.exec(c);
            }
        }
        return Nothing.INSTANCE;
    }

    private boolean matches(int i, ExecContext c) {
        Node pattern = cases[i].pattern;
        if (pattern == null) {
            return true;
        }
        if (pattern.isLiteral()) {
            Object v;
            try {
                v = c.thisValue();
            } catch (QueryException e) {
                return false;
            }
            return Values.equal(v, pattern.literalValue());
        }
        try {
            return Boolean.TRUE.equals(pattern.exec(c));
        } catch (QueryException e) {
            throw e.prefixed("failed to check match case " + i);
        }
    }

    @Override
    public String annotation() {
        return "match expression";
    }
}
