package io.camelbenthos.bloblang.methods.strings;

import io.camelbenthos.bloblang.go.GoUrl;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code escape_url_path()}: Go {@code url.PathEscape} (space becomes {@code %20}, {@code /} is escaped). */
public final class EscapeUrlPathMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("escape_url_path").category("String Manipulation").pure()
                .description("Escapes a string for use in URL paths").build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> GoUrl.pathEscape(StringTarget.text(target));
    }
}
