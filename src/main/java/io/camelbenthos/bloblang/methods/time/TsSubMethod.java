package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.go.GoDates;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;
import java.time.ZonedDateTime;

/** {@code ts_sub(t2)}: Go {@code t1.Sub(t2)} in nanoseconds (saturating at the int64 range). */
public final class TsSubMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("ts_sub")
                .category("Timestamp Manipulation")
                .status(Status.BETA)
                .pure()
                .description("Calculates the duration in nanoseconds between two timestamps (t1 - t2). Returns a signed integer: positive if t1 is after t2, negative if t1 is before t2. Use .abs() for absolute duration.")
                .param(ParamSpec.timestamp("t2", "The timestamp to subtract from the target timestamp."))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        ZonedDateTime t2 = args.timestamp("t2");
        return (target, ctx) -> GoDates.sub(TimeMethods.timestamp(target), t2);
    }
}
