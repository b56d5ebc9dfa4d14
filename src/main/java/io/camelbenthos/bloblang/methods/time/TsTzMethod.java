package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;
import java.time.ZoneId;

/** {@code ts_tz(tz)}: the same instant in another zone ({@code UTC}, {@code Local} or an IANA name). */
public final class TsTzMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("ts_tz")
                .category("Timestamp Manipulation")
                .status(Status.BETA)
                .pure()
                .description("Converts a timestamp to a different timezone while preserving the moment in time. Accepts unix timestamps (seconds with optional decimal precision) or RFC 3339 formatted strings.")
                .param(ParamSpec.string("tz", "The timezone to change to. Use \"UTC\" for UTC, \"Local\" for local timezone, or an IANA Time Zone database location name like \"America/New_York\"."))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        ZoneId zone = TimeMethods.zone(args.string("tz"));
        return (target, ctx) -> TimeMethods.go(() -> TimeMethods.timestamp(target).withZoneSameInstant(zone));
    }
}
