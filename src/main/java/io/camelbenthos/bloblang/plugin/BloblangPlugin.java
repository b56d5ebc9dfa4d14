package io.camelbenthos.bloblang.plugin;

/**
 * A Bloblang function or method, discovered with {@link java.util.ServiceLoader}. Implement one of
 * {@link FunctionPlugin}, {@link MethodPlugin} or {@link TargetMethodPlugin}; see the package documentation.
 */
public interface BloblangPlugin {
    /** The declaration: name, parameters, status... Called once when the registry loads. */
    PluginSpec spec();
}
