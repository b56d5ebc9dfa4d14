package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.go.GoTimeLayout;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;

/** {@code format_timestamp(format, tz)}: deprecated alias of {@code ts_format}. */
public final class FormatTimestampMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("format_timestamp")
                .category("Deprecated")
                .status(Status.DEPRECATED)
                .pure()
                .description("Formats a timestamp as a string using Go's reference time format. Defaults to RFC 3339 if no format specified. The format uses \"Mon Jan 2 15:04:05 -0700 MST 2006\" as a reference. Accepts unix timestamps (with decimal precision) or RFC 3339 strings. Use ts_strftime for strftime-style formats.")
                .param(ParamSpec.string("format", "The output format using Go's reference time.").withDefault(GoTimeLayout.RFC3339_NANO))
                .param(ParamSpec.string("tz", "Optional timezone (e.g., 'UTC', 'America/New_York'). Defaults to input timezone or local time for unix timestamps.").optional())
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return TsFormatMethod.impl(args);
    }
}
