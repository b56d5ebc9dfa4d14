package io.camelbenthos.bloblang.functions.message;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code error_source_name()}: the name of the component that raised the message's error; null when the message has no error or the error names no component ({@link ComponentError}). */
public final class ErrorSourceNameFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("error_source_name")
                .category("Message Info")
                .description("Returns the component name that caused the error, or `null` if the message has no error or the error has no associated component. Use this to identify which processor or component in your pipeline caused a failure.")
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> {
            ComponentError source = ComponentError.of(ctx.message());
            return source == null ? null : source.componentName();
        };
    }
}
