package io.camelbenthos.bloblang.methods.parsing;

import io.camelbenthos.bloblang.formats.GoUrl;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code parse_url()}: a URL split like Go's {@code net/url}: scheme, opaque, host, path, raw_path,
 * raw_query, fragment, raw_fragment, and user (name, password) when present. */
public final class ParseUrlMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("parse_url")
                .category("Parsing")
                .description("Attempts to parse a URL from a string value, returning a structured result that describes the various facets of the URL. The fields returned within the structured result roughly follow https://pkg.go.dev/net/url#URL, and may be expanded in future in order to present more information.")
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            GoUrl u = TextParsing.parse(target, GoUrl::parse);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("scheme", u.scheme());
            out.put("opaque", u.opaque());
            out.put("host", u.host());
            out.put("path", u.path());
            out.put("raw_path", u.rawPath());
            out.put("raw_query", u.rawQuery());
            out.put("fragment", u.fragment());
            out.put("raw_fragment", u.rawFragment());
            if (u.user() != null) {
                Map<String, Object> user = new LinkedHashMap<>();
                user.put("name", u.user());
                if (u.password() != null) {
                    user.put("password", u.password());
                }
                out.put("user", user);
            }
            return out;
        };
    }
}
