package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.go.GoTimeLayout;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** {@code ts_format(format, tz)}: Go {@code Time.Format} with a reference-time layout, optionally in another zone. */
public final class TsFormatMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("ts_format")
                .category("Timestamp Manipulation")
                .status(Status.BETA)
                .pure()
                .description("Formats a timestamp as a string using Go's reference time format. Defaults to RFC 3339 if no format specified. The format uses \"Mon Jan 2 15:04:05 -0700 MST 2006\" as a reference. Accepts unix timestamps (with decimal precision) or RFC 3339 strings. Use ts_strftime for strftime-style formats.")
                .param(ParamSpec.string("format", "The output format using Go's reference time.").withDefault(GoTimeLayout.RFC3339_NANO))
                .param(ParamSpec.string("tz", "Optional timezone (e.g., 'UTC', 'America/New_York'). Defaults to input timezone or local time for unix timestamps.").optional())
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return impl(args);
    }

    /** The behaviour, shared with the deprecated alias {@code format_timestamp}. */
    static MethodImpl impl(Args args) {
        String layout = args.string("format");
        ZoneId zone = TimeMethods.optionalZone(args.optionalString("tz"));
        return (target, ctx) -> {
            ZonedDateTime t = TimeMethods.timestamp(target);
            return TimeMethods.go(() -> GoTimeLayout.format(zone == null ? t : t.withZoneSameInstant(zone), layout));
        };
    }
}
