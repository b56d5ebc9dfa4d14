package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoStrings;
import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code lowercase()}: Go {@code strings.ToLower} (simple per-rune mapping); bytes in, bytes out. */
public final class LowercaseMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("lowercase").category("String Manipulation").pure()
                .description("Converts all letters in a string to lowercase").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> target instanceof byte[] b
                ? GoUtf8.encode(GoStrings.toLower(GoUtf8.decode(b)))
                : GoStrings.toLower(StringTarget.text(target));
    }
}
