package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code replace_all(old, new)}: Go {@code strings.ReplaceAll} / {@code bytes.ReplaceAll}. */
public final class ReplaceAllMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("replace_all").category("String Manipulation").pure()
                .description("Replaces all occurrences of a substring with another")
                .param(ParamSpec.string("old", "A string to match against."))
                .param(ParamSpec.string("new", "A string to replace with.")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return bindReplace(args);
    }

    /** Shared with the {@code replace} alias. */
    static MethodImpl bindReplace(Args args) {
        String old = args.string("old");
        String with = args.string("new");
        byte[] oldBytes = GoUtf8.encode(old);
        byte[] withBytes = GoUtf8.encode(with);
        return (target, ctx) -> target instanceof byte[] b
                ? GoText.replaceAll(b, oldBytes, withBytes)
                : GoText.replaceAll(StringTarget.text(target), old, with);
    }
}
