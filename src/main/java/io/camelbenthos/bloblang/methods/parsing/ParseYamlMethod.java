package io.camelbenthos.bloblang.methods.parsing;

import io.camelbenthos.bloblang.formats.YamlParser;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code parse_yaml()}: the first YAML document of a string, decoded like {@code gopkg.in/yaml.v3}. */
public final class ParseYamlMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("parse_yaml")
                .category("Parsing")
                .description("Parses a YAML string into a structured value")
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> TextParsing.parse(target, "YAML", YamlParser::parse);
    }
}
