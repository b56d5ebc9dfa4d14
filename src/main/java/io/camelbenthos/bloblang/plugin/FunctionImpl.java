package io.camelbenthos.bloblang.plugin;

/** The bound body of a function (or of a {@link TargetMethodPlugin}). Must be thread-safe. */
@FunctionalInterface
public interface FunctionImpl {
    /**
     * @return a value of the model ({@code io.camelbenthos.bloblang.value}); never mutate values you did not create
     *         (copy with {@code Values.deepCopy} first)
     * @throws QueryException on failure (use {@link Errors})
     */
    Object call(CallContext ctx);

    /**
     * How error texts name this call (Go {@code Function.Annotation}, e.g. {@code variable foo} for {@code var("foo")}),
     * or null for the default {@code function <name>}. Used when the function is bound at parse time.
     */
    default String annotation() {
        return null;
    }
}
