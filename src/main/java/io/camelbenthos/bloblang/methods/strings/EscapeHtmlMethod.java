package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoHtml;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code escape_html()}: Go {@code html.EscapeString} (only {@code < > & ' "}). */
public final class EscapeHtmlMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("escape_html").category("String Manipulation").pure()
                .description("Escapes HTML special characters").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> GoHtml.escapeString(StringTarget.text(target));
    }
}
