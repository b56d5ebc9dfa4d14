package io.camelbenthos.bloblang.functions.message;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code error_source_path()}: the dot path of the component that raised the message's error; null when the message has no error or the error names no component ({@link ComponentError}). */
public final class ErrorSourcePathFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("error_source_path")
                .category("Message Info")
                .description("Returns the dot-separated path to the component that caused the error, or `null` if the message has no error. Use this to identify the exact location of a failed component in nested pipeline configurations.")
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> {
            ComponentError source = ComponentError.of(ctx.message());
            return source == null ? null : DotPaths.join(source.componentPath());
        };
    }
}
