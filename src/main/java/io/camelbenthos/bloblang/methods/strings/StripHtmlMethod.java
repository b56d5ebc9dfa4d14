package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoFmt;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code strip_html(preserve)} (Redpanda Connect): removes HTML tags as bluemonday does; see {@link HtmlStripper}. */
public final class StripHtmlMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("strip_html").category("String Manipulation").pure()
                .description("Removes HTML tags from a string, returning only the text content. Useful for extracting "
                        + "plain text from HTML documents, sanitizing user input, or preparing content for text "
                        + "analysis. Optionally preserves specific HTML elements while stripping all others.")
                .param(ParamSpec.any("preserve", "Optional array of HTML element names to preserve (e.g., "
                        + "[\"strong\", \"em\", \"a\"]). All other HTML tags will be removed.").optional())
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        Set<String> allowed = new HashSet<>();
        if (args.get("preserve") instanceof List<?> tags) {
            for (int i = 0; i < tags.size(); i++) {
                if (!(tags.get(i) instanceof String tag)) {
                    throw Errors.failure("invalid arg at index " + i + ": expected string, got "
                            + GoFmt.goTypeName(tags.get(i)));
                }
                allowed.add(tag.toLowerCase(Locale.ROOT));
            }
        }
        HtmlStripper stripper = new HtmlStripper(allowed);
        return (target, ctx) -> stripper.sanitize(StringTarget.text(target));
    }
}
