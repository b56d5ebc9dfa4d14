package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.go.GoDates;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;

/** {@code ts_unix()}: seconds since the Unix epoch, as Go {@code Time.Unix}. */
public final class TsUnixMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("ts_unix")
                .category("Timestamp Manipulation")
                .status(Status.BETA)
                .pure()
                .description("Converts a timestamp to a unix timestamp (seconds since epoch). Accepts unix timestamps or RFC 3339 strings. Returns an integer representing seconds.")
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return impl(args);
    }

    /** The behaviour, shared with the deprecated alias {@code format_timestamp_unix}. */
    static MethodImpl impl(Args args) {
        return (target, ctx) -> GoDates.unix(TimeMethods.timestamp(target));
    }
}
