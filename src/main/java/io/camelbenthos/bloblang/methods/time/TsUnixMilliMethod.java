package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.go.GoDates;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;

/** {@code ts_unix_milli()}: milliseconds since the Unix epoch, as Go {@code Time.UnixMilli}. */
public final class TsUnixMilliMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("ts_unix_milli")
                .category("Timestamp Manipulation")
                .status(Status.BETA)
                .pure()
                .description("Converts a timestamp to a unix timestamp with millisecond precision (milliseconds since epoch). Accepts unix timestamps or RFC 3339 strings. Returns an integer representing milliseconds.")
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return impl(args);
    }

    /** The behaviour, shared with the deprecated alias {@code format_timestamp_unix_milli}. */
    static MethodImpl impl(Args args) {
        return (target, ctx) -> GoDates.unixMilli(TimeMethods.timestamp(target));
    }
}
