package io.camelbenthos.bloblang.plugin;

/** The bound body of a {@link MethodPlugin}. Must be thread-safe. */
@FunctionalInterface
public interface MethodImpl {
    /**
     * @param target the evaluated target value; do not mutate it (copy first)
     * @return the result value
     * @throws QueryException on failure (use {@link Errors})
     */
    Object apply(Object target, CallContext ctx);
}
