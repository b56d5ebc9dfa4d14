package io.camelbenthos.bloblang.methods.regexp;

import io.camelbenthos.bloblang.go.GoRegexp;
import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/**
 * {@code re_replace_all(pattern, value)}: Go {@code ReplaceAllString}; {@code value} is a Go {@code Expand} template
 * ({@code $1}, {@code ${name}}, {@code $$}). The result is always a string.
 */
public final class ReReplaceAllMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("re_replace_all").category(Patterns.CATEGORY).pure()
                .description("Replaces all regex matches with a replacement string").param(Patterns.PATTERN)
                .param(ParamSpec.string("value", "The value to replace with.")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return bindReplace(args);
    }

    /** Shared with the {@code re_replace} alias. */
    static MethodImpl bindReplace(Args args) {
        GoRegexp re = Patterns.compile(args);
        byte[] template = GoUtf8.encode(args.string("value"));
        return (target, ctx) -> GoUtf8.string(re.replaceAll(Patterns.targetBytes(target), template));
    }
}
