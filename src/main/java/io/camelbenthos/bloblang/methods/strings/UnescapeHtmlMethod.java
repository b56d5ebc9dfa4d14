package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoHtml;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code unescape_html()}: Go {@code html.UnescapeString} (HTML5 named and numeric references). */
public final class UnescapeHtmlMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("unescape_html").category("String Manipulation").pure()
                .description("Converts HTML entities back to their original characters").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> GoHtml.unescapeString(StringTarget.text(target));
    }
}
