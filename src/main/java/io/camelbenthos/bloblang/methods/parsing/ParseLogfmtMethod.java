package io.camelbenthos.bloblang.methods.parsing;

import io.camelbenthos.bloblang.formats.LogfmtParser;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code parse_logfmt()}: a logfmt line as an object; bare keys are {@code true}. */
public final class ParseLogfmtMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("parse_logfmt")
                .category("Parsing")
                .description("Parses logfmt formatted data into an object")
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> TextParsing.parse(target, "logfmt", LogfmtParser::parse);
    }
}
