package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.go.GoTimeLayout;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;

/** {@code parse_timestamp_strptime(format)}: deprecated {@code ts_strptime} that returns the RFC 3339 string. */
public final class ParseTimestampStrptimeMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("parse_timestamp_strptime")
                .category("Deprecated")
                .status(Status.DEPRECATED)
                .pure()
                .description("Parses a timestamp string using strptime format specifiers (like %Y, %m, %d) and outputs a timestamp object. Use ts_parse for Go-style reference time formats instead.")
                .param(ParamSpec.string("format", "The format string using strptime specifiers (e.g., %Y-%m-%d)."))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String format = args.string("format");
        return (target, ctx) -> GoTimeLayout.formatRfc3339Nano(TsStrptimeMethod.parse(target, format));
    }
}
