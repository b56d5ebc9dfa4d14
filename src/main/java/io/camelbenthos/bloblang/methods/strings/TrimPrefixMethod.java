package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoUtf8;
import java.util.Arrays;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code trim_prefix(prefix)}: Go {@code strings.TrimPrefix}; bytes in, bytes out. */
public final class TrimPrefixMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("trim_prefix").category("String Manipulation").pure()
                .description("Removes a specified prefix from the beginning of a string")
                .param(ParamSpec.string("prefix", "The leading prefix substring to trim from the string.")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String prefix = args.string("prefix");
        byte[] prefixBytes = GoUtf8.encode(prefix);
        return (target, ctx) -> {
            if (target instanceof byte[] b) {
                return GoText.hasPrefix(b, prefixBytes) ? Arrays.copyOfRange(b, prefixBytes.length, b.length) : b;
            }
            String s = StringTarget.text(target);
            return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
        };
    }
}
