package io.camelbenthos.bloblang.functions.time;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.time.Instant;

/** {@code timestamp_unix_micro()}: the current time in microseconds since the Unix epoch. */
public final class TimestampUnixMicroFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("timestamp_unix_micro")
                .category("Environment")
                .description("Returns the current Unix timestamp in microseconds since epoch. Use this for high-precision timing measurements or when microsecond resolution is required.")
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        };
    }
}
