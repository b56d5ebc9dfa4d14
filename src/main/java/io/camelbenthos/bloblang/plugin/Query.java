package io.camelbenthos.bloblang.plugin;

/**
 * A parsed expression, as seen by plugins: the target of a {@link TargetMethodPlugin} or a {@code query expression}
 * argument such as the lambda of {@code map_each}. Evaluate it with {@code this} bound to a value via
 * {@link #evalWith(CallContext, Object) query.evalWith(ctx, value)}; a named capture {@code x -> ...} binds {@code x}
 * to that value.
 */
public interface Query {
    /**
     * @throws QueryException when evaluation fails
     */
    Object eval(CallContext ctx);

    /**
     * Evaluates with {@code this} bound to {@code value}: the result of {@code eval(ctx.withThis(value))}, which an
     * implementation may reach more cheaply (a named capture binds the value without the intermediate context, which
     * matters once per element in {@code map_each} or {@code filter}).
     *
     * @throws QueryException when evaluation fails
     */
    default Object evalWith(CallContext ctx, Object value) {
        return eval(ctx.withThis(value));
    }

    /** How errors name this expression, e.g. {@code field `this.a`}, {@code method uppercase}. */
    String annotation();
}
