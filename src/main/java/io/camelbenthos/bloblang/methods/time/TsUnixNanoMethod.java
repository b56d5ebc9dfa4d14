package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.go.GoDates;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;

/** {@code ts_unix_nano()}: nanoseconds since the Unix epoch, as Go {@code Time.UnixNano}. */
public final class TsUnixNanoMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("ts_unix_nano")
                .category("Timestamp Manipulation")
                .status(Status.BETA)
                .pure()
                .description("Converts a timestamp to a unix timestamp with nanosecond precision (nanoseconds since epoch). Accepts unix timestamps or RFC 3339 strings. Returns an integer representing nanoseconds.")
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return impl(args);
    }

    /** The behaviour, shared with the deprecated alias {@code format_timestamp_unix_nano}. */
    static MethodImpl impl(Args args) {
        return (target, ctx) -> GoDates.unixNano(TimeMethods.timestamp(target));
    }
}
