package io.camelbenthos.bloblang.functions.time;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.time.Instant;

/** {@code timestamp_unix_milli()}: the current time in milliseconds since the Unix epoch. */
public final class TimestampUnixMilliFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("timestamp_unix_milli")
                .category("Environment")
                .description("Returns the current Unix timestamp in milliseconds since epoch. Use this for millisecond-precision timestamps common in web APIs and JavaScript systems.")
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> {
            Instant now = Instant.now();
            return now.toEpochMilli();
        };
    }
}
