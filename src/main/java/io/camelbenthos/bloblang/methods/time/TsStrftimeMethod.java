package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.go.GoStrftime;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** {@code ts_strftime(format, tz)}: strftime-style formatting as itchyny/timefmt-go, optionally in another zone. */
public final class TsStrftimeMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("ts_strftime")
                .category("Timestamp Manipulation")
                .status(Status.BETA)
                .pure()
                .description("Formats a timestamp as a string using strptime format specifiers (like %Y, %m, %d). Accepts unix timestamps (with decimal precision) or RFC 3339 strings. Supports %f for microseconds. Use ts_format for Go-style reference time formats.")
                .param(ParamSpec.string("format", "The output format using strptime specifiers."))
                .param(ParamSpec.string("tz", "Optional timezone. Defaults to input timezone or local time for unix timestamps.").optional())
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return impl(args);
    }

    /** The behaviour, shared with the deprecated alias {@code format_timestamp_strftime}. */
    static MethodImpl impl(Args args) {
        String format = args.string("format");
        ZoneId zone = TimeMethods.optionalZone(args.optionalString("tz"));
        return (target, ctx) -> {
            ZonedDateTime t = TimeMethods.timestamp(target);
            return TimeMethods.go(() -> GoStrftime.format(zone == null ? t : t.withZoneSameInstant(zone), format));
        };
    }
}
