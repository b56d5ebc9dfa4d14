package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code has_prefix(value)}: Go {@code strings.HasPrefix} / {@code bytes.HasPrefix}. */
public final class HasPrefixMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("has_prefix").category("String Manipulation").pure()
                .description("Tests if a string starts with a specified prefix")
                .param(ParamSpec.string("value", "The string to test.")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String prefix = args.string("value");
        byte[] prefixBytes = GoUtf8.encode(prefix);
        return (target, ctx) -> target instanceof byte[] b
                ? GoText.hasPrefix(b, prefixBytes)
                : StringTarget.text(target).startsWith(prefix);
    }
}
