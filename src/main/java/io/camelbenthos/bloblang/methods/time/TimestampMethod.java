package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.QueryException;
import java.time.ZonedDateTime;

/** {@code timestamp(default)}: the target as a timestamp (timestamps, unix-second numbers in the local zone, RFC 3339 strings), or {@code default} when it cannot be read as one. */
public final class TimestampMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("timestamp")
                .category("Type Coercion")
                .description("Converts a value to a timestamp with optional fallback")
                .param(ParamSpec.timestamp("default", "An optional value to yield if the target cannot be parsed as a timestamp.").optional())
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        ZonedDateTime fallback = args.optionalTimestamp("default");
        return (target, ctx) -> {
            try {
                return TimeMethods.timestamp(target);
            } catch (QueryException e) {
                if (fallback != null) {
                    return fallback;
                }
                throw e;
            }
        };
    }
}
