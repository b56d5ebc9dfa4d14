package io.camelbenthos.bloblang.functions.general;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code bytes(length)}: a zero-filled byte array. */
public final class BytesFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("bytes")
                .category("General")
                .description("Creates a zero-initialized byte array of specified length. Use this to allocate fixed-size byte buffers for binary data manipulation or to generate padding.")
                .param(ParamSpec.int64("length", "The size of the resulting byte array."))
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        long length = args.int64("length");
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
            throw Errors.failure("length must be a non-negative integer, got %d", length);
        }
        return ctx -> new byte[(int) length];
    }
}
