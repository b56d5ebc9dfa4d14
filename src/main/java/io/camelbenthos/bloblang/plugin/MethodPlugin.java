package io.camelbenthos.bloblang.plugin;

/**
 * A method, called as {@code target.name(args)}, that works on the evaluated target value. The engine evaluates the
 * target first (its errors pass through unchanged) and prefixes errors thrown by the method with the target's
 * annotation (Go {@code ErrFrom}): {@code field `this.a`: <message>}, or fills in {@code from <annotation>} for
 * {@link TypeError}s.
 */
public interface MethodPlugin extends BloblangPlugin {
    /** Binds arguments; same timing rules as {@link FunctionPlugin#bind}. */
    MethodImpl bind(Args args);
}
