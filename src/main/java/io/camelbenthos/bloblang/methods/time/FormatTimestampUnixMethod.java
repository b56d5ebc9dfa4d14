package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;

/** {@code format_timestamp_unix()}: deprecated alias of {@code ts_unix}. */
public final class FormatTimestampUnixMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("format_timestamp_unix")
                .category("Deprecated")
                .status(Status.DEPRECATED)
                .pure()
                .description("Converts a timestamp to a unix timestamp (seconds since epoch). Accepts unix timestamps or RFC 3339 strings. Returns an integer representing seconds.")
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return TsUnixMethod.impl(args);
    }
}
