package io.camelbenthos.bloblang.methods.parsing;

import io.camelbenthos.bloblang.formats.FormatException;
import io.camelbenthos.bloblang.formats.LogfmtParser;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.ValueType;
import java.nio.charset.StandardCharsets;

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
                return LogfmtParser.parse(text);
            } catch (FormatException e) {
                throw Errors.failure("failed to parse value as logfmt: " + e.getMessage());
            }
        };
    }
}
