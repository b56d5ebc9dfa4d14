package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code has_suffix(value)}: Go {@code strings.HasSuffix} / {@code bytes.HasSuffix}. */
public final class HasSuffixMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("has_suffix").category("String Manipulation").pure()
                .description("Tests if a string ends with a specified suffix")
                .param(ParamSpec.string("value", "The string to test.")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String suffix = args.string("value");
        byte[] suffixBytes = GoUtf8.encode(suffix);
        return (target, ctx) -> target instanceof byte[] b
                ? GoText.hasSuffix(b, suffixBytes)
                : StringTarget.text(target).endsWith(suffix);
    }
}
