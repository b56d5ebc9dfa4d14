package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoStrings;
import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code capitalize()}: {@code cases.Title(language.English)}; bytes in, bytes out. */
public final class CapitalizeMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("capitalize").category("String Manipulation").pure()
                .description("Converts a string to title case with Unicode letter mapping").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> target instanceof byte[] b
                ? GoUtf8.encode(GoStrings.title(GoUtf8.decode(b)))
                : GoStrings.title(StringTarget.text(target));
    }
}
