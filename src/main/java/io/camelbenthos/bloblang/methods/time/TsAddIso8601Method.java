package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.go.GoPeriod;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;

/** {@code ts_add_iso8601(duration)}: adds an ISO-8601 period, calendar-aware like rickb777/period. */
public final class TsAddIso8601Method implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("ts_add_iso8601")
                .category("Timestamp Manipulation")
                .status(Status.BETA)
                .pure()
                .description("Adds an ISO 8601 duration to a timestamp with calendar-aware precision for years, months, and days. Useful when you need to add durations that account for variable month lengths or leap years.")
                .param(ParamSpec.string("duration", "Duration in ISO 8601 format (e.g., \"P1Y2M3D\" for 1 year, 2 months, 3 days)"))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        GoPeriod period = TimeMethods.period(args.string("duration"));
        return (target, ctx) -> TimeMethods.go(() -> period.addTo(TimeMethods.timestamp(target)));
    }
}
