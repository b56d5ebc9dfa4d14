package io.camelbenthos.bloblang.methods.parsing;

import io.camelbenthos.bloblang.formats.YamlWriter;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code format_yaml()}: the target as YAML bytes, written like {@code gopkg.in/yaml.v3}. */
public final class FormatYamlMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("format_yaml")
                .category("Parsing")
                .description("Formats a value as a YAML string")
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> YamlWriter.write(target);
    }
}
