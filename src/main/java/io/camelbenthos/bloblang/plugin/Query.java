package io.camelbenthos.bloblang.plugin;

/**
 * A parsed expression, as seen by plugins: the target of a {@link TargetMethodPlugin} or a {@code query expression}
 * argument such as the lambda of {@code map_each}. Evaluate it with {@code this} bound to a value via
 * {@code query.eval(ctx.withThis(value))}; a named capture {@code x -> ...} binds {@code x} to that value.
 */
public interface Query {
    /**
     * @throws QueryException when evaluation fails
     */
    Object eval(CallContext ctx);

    /** How errors name this expression, e.g. {@code field `this.a`}, {@code method uppercase}. */
    String annotation();
}
