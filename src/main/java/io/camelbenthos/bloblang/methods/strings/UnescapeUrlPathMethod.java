package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoUrl;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code unescape_url_path()}: Go {@code url.PathUnescape} ({@code +} stays). */
public final class UnescapeUrlPathMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("unescape_url_path").category("String Manipulation").pure()
                .description("Unescapes URL path encoding").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            String s = StringTarget.text(target);
            try {
                return GoUrl.pathUnescape(s);
            } catch (IllegalArgumentException e) {
                throw Errors.failure(e.getMessage());
            }
        };
    }
}
