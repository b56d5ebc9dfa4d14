package io.camelbenthos.bloblang.functions.time;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.time.Instant;

/** {@code timestamp_unix()}: the current time in seconds since the Unix epoch. */
public final class TimestampUnixFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("timestamp_unix")
                .category("Environment")
                .description("Returns the current Unix timestamp in seconds since epoch. Use this for numeric timestamps compatible with most systems, or as a seed for random number generation.")
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> {
            Instant now = Instant.now();
            return now.getEpochSecond();
        };
    }
}
