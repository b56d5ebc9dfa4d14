package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;

/** {@code format_timestamp_strftime(format, tz)}: deprecated alias of {@code ts_strftime}. */
public final class FormatTimestampStrftimeMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("format_timestamp_strftime")
                .category("Deprecated")
                .status(Status.DEPRECATED)
                .pure()
                .description("Formats a timestamp as a string using strptime format specifiers (like %Y, %m, %d). Accepts unix timestamps (with decimal precision) or RFC 3339 strings. Supports %f for microseconds. Use ts_format for Go-style reference time formats.")
                .param(ParamSpec.string("format", "The output format using strptime specifiers."))
                .param(ParamSpec.string("tz", "Optional timezone. Defaults to input timezone or local time for unix timestamps.").optional())
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return TsStrftimeMethod.impl(args);
    }
}
