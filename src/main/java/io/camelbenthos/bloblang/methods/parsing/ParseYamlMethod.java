package io.camelbenthos.bloblang.methods.parsing;

import io.camelbenthos.bloblang.formats.FormatException;
import io.camelbenthos.bloblang.formats.YamlParser;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import java.nio.charset.StandardCharsets;

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
        return (target, ctx) -> {
            String text;
            if (target instanceof String s) {
                text = s;
            } else if (target instanceof byte[] b) {
                text = new String(b, StandardCharsets.UTF_8);
            } else {
                throw Errors.typeError(target, ValueType.STRING);
            }
            try {
                return YamlParser.parse(text);
            } catch (FormatException e) {
                throw Errors.failure("failed to parse value as YAML: " + e.getMessage());
            }
        };
    }
}
