package io.camelbenthos.bloblang.functions.time;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.time.Instant;

/** {@code timestamp_unix_nano()}: the current time in nanoseconds since the Unix epoch. */
public final class TimestampUnixNanoFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("timestamp_unix_nano")
                .category("Environment")
                .description("Returns the current Unix timestamp in nanoseconds since epoch. Use this for the highest precision timing or as a unique seed value that changes on every invocation.")
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }
}
