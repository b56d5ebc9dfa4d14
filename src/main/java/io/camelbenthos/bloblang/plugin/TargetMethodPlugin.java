package io.camelbenthos.bloblang.plugin;

/**
 * A method that controls how its target is evaluated ({@code catch}, {@code or}, {@code from}, {@code from_all}...).
 * The returned body evaluates {@code target} itself and gets no automatic error prefixing.
 */
public interface TargetMethodPlugin extends BloblangPlugin {
    /** Binds target and arguments; same timing rules as {@link FunctionPlugin#bind}. */
    FunctionImpl bind(Query target, Args args);
}
