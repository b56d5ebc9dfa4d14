package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.go.GoDates;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;

/** {@code ts_round(duration)}: Go {@code Time.Round}, halfway values rounding up. */
public final class TsRoundMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("ts_round")
                .category("Timestamp Manipulation")
                .status(Status.BETA)
                .pure()
                .description("Rounds a timestamp to the nearest multiple of the specified duration. Halfway values round up. Accepts unix timestamps (seconds with optional decimal precision) or RFC 3339 formatted strings.")
                .param(ParamSpec.int64("duration", "A duration measured in nanoseconds to round by."))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        long duration = args.int64("duration");
        return (target, ctx) -> TimeMethods.go(() -> GoDates.round(TimeMethods.timestamp(target), duration));
    }
}
