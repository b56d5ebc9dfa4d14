package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.go.GoPeriod;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;

/** {@code parse_duration_iso8601()}: an ISO-8601 period as approximate int64 nanoseconds (rickb777/period {@code DurationApprox}). */
public final class ParseDurationIso8601Method implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("parse_duration_iso8601")
                .category("Timestamp Manipulation")
                .status(Status.BETA)
                .pure()
                .description("Parses an ISO 8601 duration string into nanoseconds. Format: \"P[n]Y[n]M[n]DT[n]H[n]M[n]S\" or \"P[n]W\". Example: \"P3Y6M4DT12H30M5S\" means 3 years, 6 months, 4 days, 12 hours, 30 minutes, 5 seconds. Supports fractional seconds with full precision (not just one decimal place).")
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            String s = TimeMethods.string(target);
            return TimeMethods.go(() -> GoPeriod.parse(s).durationApproxNanos());
        };
    }
}
