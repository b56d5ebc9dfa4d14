package io.camelbenthos.bloblang.methods.parsing;

import io.camelbenthos.bloblang.formats.FormUrlEncoded;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code parse_form_url_encoded()}: a form body (Go {@code url.ParseQuery}) as an object; repeated keys
 * give arrays. */
public final class ParseFormUrlEncodedMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("parse_form_url_encoded")
                .category("Parsing")
                .description("Attempts to parse a url-encoded query string (from an x-www-form-urlencoded request body) and returns a structured result.")
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> TextParsing.parse(target, "url-encoded data", FormUrlEncoded::parse);
    }
}
