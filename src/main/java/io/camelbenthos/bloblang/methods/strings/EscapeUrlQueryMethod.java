package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoUrl;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code escape_url_query()}: Go {@code url.QueryEscape} (space becomes {@code +}). */
public final class EscapeUrlQueryMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("escape_url_query").category("String Manipulation").pure()
                .description("Escapes a string for use in URL query parameters").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> GoUrl.queryEscape(StringTarget.text(target));
    }
}
