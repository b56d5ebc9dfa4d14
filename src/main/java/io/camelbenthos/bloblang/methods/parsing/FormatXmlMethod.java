package io.camelbenthos.bloblang.methods.parsing;

import io.camelbenthos.bloblang.formats.FormatException;
import io.camelbenthos.bloblang.formats.XmlWriter;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import java.util.Map;

/** {@code format_xml(indent, no_indent, root_tag)}: an object as XML bytes with {@code clbanning/mxj}
 * conventions. */
public final class FormatXmlMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("format_xml")
                .category("Parsing")
                .description("Serializes an object into an XML document. Converts structured data to XML format with support for attributes (prefixed with hyphen), custom indentation, and configurable root element. Returns XML as a byte array.")
                .param(ParamSpec.string("indent", "String to use for each level of indentation (default is 4 spaces). Each nested XML element will be indented by this string.").withDefault("    "))
                .param(ParamSpec.bool("no_indent", "Disable indentation and newlines to produce compact XML on a single line.").withDefault(Boolean.FALSE))
                .param(ParamSpec.string("root_tag", "Custom name for the root XML element. By default, the root element name is derived from the first key in the object.").optional())
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String indent = args.string("indent");
        boolean noIndent = args.bool("no_indent");
        String rootTag = args.optionalString("root_tag");
        return (target, ctx) -> {
            if (!(target instanceof Map<?, ?>)) {
                throw Errors.typeError(target, ValueType.OBJECT);
            }
            try {
                return XmlWriter.write(target, indent, noIndent, rootTag);
            } catch (FormatException e) {
                throw Errors.failure(e.getMessage());
            }
        };
    }
}
