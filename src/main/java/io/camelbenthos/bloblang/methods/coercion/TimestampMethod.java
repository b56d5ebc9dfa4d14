package io.camelbenthos.bloblang.methods.coercion;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;
import io.camelbenthos.bloblang.value.Values;
import java.time.ZonedDateTime;

/** {@code timestamp(default)}: the target as a timestamp (timestamps, unix seconds, RFC 3339 strings); with a
 * default, any failure, including the target's own, yields the default. */
public final class TimestampMethod implements TargetMethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("timestamp")
                .category("Type Coercion")
                .description("Converts a value to a timestamp with optional fallback")
                .param(ParamSpec.timestamp("default", "An optional value to yield if the target cannot be parsed as a timestamp.").optional())
                .pure()
                .build();
    }

    @Override
    public FunctionImpl bind(Query target, Args args) {
        ZonedDateTime fallback = args.optionalTimestamp("default");
        return ctx -> {
            Object v;
            try {
                v = target.eval(ctx);
            } catch (QueryException e) {
                if (fallback != null) {
                    return fallback;
                }
                throw e;
            }
            try {
                return Values.getTimestamp(v);
            } catch (QueryException e) {
                if (fallback != null) {
                    return fallback;
                }
                throw e.from(target.annotation());
            }
        };
    }
}
