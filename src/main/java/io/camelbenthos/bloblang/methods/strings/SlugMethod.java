package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code slug(lang)} (Redpanda Connect): a URL slug as {@code gosimple/slug.MakeLang}; see {@link GoSlug}. */
public final class SlugMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("slug").category("String Manipulation").pure()
                .description("Converts a string into a URL-friendly slug by replacing spaces with hyphens, removing "
                        + "special characters, and converting to lowercase. Supports multiple languages for proper "
                        + "transliteration of non-ASCII characters.")
                .param(ParamSpec.string("lang", "").withDefault("en")).build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String lang = args.optionalString("lang") == null ? "en" : args.string("lang");
        return (target, ctx) -> GoSlug.make(StringTarget.text(target), lang);
    }
}
