package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoStrings;
import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code index_of(value)}: Go {@code strings.Index}, a UTF-8 byte offset ({@code -1} when absent). */
public final class IndexOfMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("index_of").category("String Manipulation").pure()
                .description("Returns the index of the first occurrence of a substring")
                .param(ParamSpec.string("value", "A string to search for.")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String sub = args.string("value");
        byte[] subBytes = GoUtf8.encode(sub);
        return (target, ctx) -> target instanceof byte[] b
                ? (long) GoText.indexOf(b, subBytes, 0)
                : GoStrings.index(StringTarget.text(target), sub);
    }
}
