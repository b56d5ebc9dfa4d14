package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;

/** {@code parse_duration()}: Go {@code time.ParseDuration}, as int64 nanoseconds. */
public final class ParseDurationMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("parse_duration")
                .category("Timestamp Manipulation")
                .pure()
                .description("Parses a Go-style duration string into nanoseconds. A duration string is a signed sequence of decimal numbers with unit suffixes like \"300ms\", \"-1.5h\", or \"2h45m\". Valid units: \"ns\", \"us\" (or \"\u00b5s\"), \"ms\", \"s\", \"m\", \"h\".")
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            String s = TimeMethods.string(target);
            return TimeMethods.go(() -> GoDuration.parse(s));
        };
    }
}
