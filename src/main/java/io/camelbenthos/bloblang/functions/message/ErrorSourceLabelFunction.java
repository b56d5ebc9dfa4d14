package io.camelbenthos.bloblang.functions.message;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code error_source_label()}: the label of the component that raised the message's error (empty when unlabelled); null when the message has no error or the error names no component ({@link ComponentError}). */
public final class ErrorSourceLabelFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("error_source_label")
                .category("Message Info")
                .description("Returns the user-defined label of the component that caused the error, empty string if no label is set, or `null` if the message has no error. Use this for more human-readable error tracking when components have custom labels.")
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> {
            ComponentError source = ComponentError.of(ctx.message());
            return source == null ? null : source.componentLabel();
        };
    }
}
