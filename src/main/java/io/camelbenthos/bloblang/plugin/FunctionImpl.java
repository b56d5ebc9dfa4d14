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
}
