package io.camelbenthos.bloblang.methods;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.GoJson;
import java.nio.charset.StandardCharsets;

/**
 * {@code format_json(indent, no_indent, escape_html)}: Go {@code json.Encoder} output as bytes (4-space indent and
 * HTML escaping by default).
 */
public final class FormatJsonMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("format_json").category("Parsing").pure()
                .status(io.camelbenthos.bloblang.plugin.Status.BETA)
                .description("Serializes a target value into a pretty-printed JSON byte array (with 4 space indentation by default).")
                .param(ParamSpec.string("indent", "Indentation string.").withDefault("    "))
                .param(ParamSpec.bool("no_indent", "Disable indentation.").withDefault(false))
                .param(ParamSpec.bool("escape_html", "Escape problematic HTML characters.").withDefault(true))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String indent = args.string("indent");
        boolean noIndent = args.bool("no_indent");
        boolean escapeHtml = args.bool("escape_html");
        return (v, ctx) -> {
            String s = noIndent ? GoJson.encode(v, escapeHtml) : GoJson.encodeIndent(v, escapeHtml, "", indent);
            return s.getBytes(StandardCharsets.UTF_8);
        };
    }
}
