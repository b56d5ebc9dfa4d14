package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoUrl;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code unescape_url_query()}: Go {@code url.QueryUnescape} ({@code +} becomes a space). */
public final class UnescapeUrlQueryMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("unescape_url_query").category("String Manipulation").pure()
                .description("Unescapes URL query parameter encoding").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            String s = StringTarget.text(target);
            try {
                return GoUrl.queryUnescape(s);
            } catch (IllegalArgumentException e) {
                throw Errors.failure(e.getMessage());
            }
        };
    }
}
