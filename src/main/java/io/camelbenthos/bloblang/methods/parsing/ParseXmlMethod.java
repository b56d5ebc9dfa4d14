package io.camelbenthos.bloblang.methods.parsing;

import io.camelbenthos.bloblang.formats.XmlParser;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code parse_xml(cast)}: an XML document as an object with {@code clbanning/mxj} conventions
 * ({@code -attr}, {@code #text}, repeated elements as arrays). */
public final class ParseXmlMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("parse_xml")
                .category("Parsing")
                .description("Parses an XML document into a structured object. Converts XML elements to JSON-like objects following these rules:\n\n- Element attributes are prefixed with a hyphen (e.g., `-id` for an `id` attribute)\n- Elements with both attributes and text content store the text in a `#text` field\n- Repeated elements become arrays\n- XML comments, directives, and processing instructions are ignored\n- Optionally cast numeric and boolean strings to their proper types")
                .param(ParamSpec.bool("cast", "Whether to automatically cast numeric and boolean string values to their proper types. When false, all values remain as strings.").withDefault(Boolean.FALSE))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        boolean cast = args.bool("cast");
        return (target, ctx) -> TextParsing.parse(target, text -> XmlParser.parse(text, cast));
    }
}
