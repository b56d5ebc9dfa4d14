package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.Values;

/** {@code uppercase()}: Go {@code strings.ToUpper}, i.e. simple (one-to-one) case mapping: {@code ß} stays. */
public final class UppercaseMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("uppercase").category("String Manipulation").pure()
                .description("Convert a string value into uppercase.").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            String s = Values.getString(target);
            StringBuilder sb = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> sb.appendCodePoint(Character.toUpperCase(cp)));
            return sb.toString();
        };
    }
}
