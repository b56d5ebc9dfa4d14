package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoStrings;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code reverse()}: a string's runes in reverse order; a bytes target is reversed byte by byte. */
public final class ReverseMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("reverse").category("String Manipulation").pure()
                .description("Reverses the order of characters in a string").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            if (target instanceof byte[] b) {
                byte[] out = new byte[b.length];
                for (int i = 0; i < b.length; i++) {
                    out[b.length - 1 - i] = b[i];
                }
                return out;
            }
            return GoStrings.reverseRunes(StringTarget.text(target));
        };
    }
}
