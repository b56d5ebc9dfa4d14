package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoUtf8;
import java.util.Arrays;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code trim_suffix(suffix)}: Go {@code strings.TrimSuffix}; bytes in, bytes out. */
public final class TrimSuffixMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("trim_suffix").category("String Manipulation").pure()
                .description("Removes a specified suffix from the end of a string")
                .param(ParamSpec.string("suffix", "The trailing suffix substring to trim from the string.")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String suffix = args.string("suffix");
        byte[] suffixBytes = GoUtf8.encode(suffix);
        return (target, ctx) -> {
            if (target instanceof byte[] b) {
                return GoText.hasSuffix(b, suffixBytes) ? Arrays.copyOfRange(b, 0, b.length - suffixBytes.length) : b;
            }
            String s = StringTarget.text(target);
            return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
        };
    }
}
