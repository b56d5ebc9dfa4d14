package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code quote()}: Go {@code strconv.Quote}; invalid UTF-8 in a bytes target shows as {@code \xNN}. */
public final class QuoteMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("quote").category("String Manipulation").pure()
                .description("Wraps a string in double quotes and escapes special characters").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> target instanceof byte[] b
                ? GoStrconv.quote(b)
                : GoStrconv.quote(StringTarget.text(target));
    }
}
