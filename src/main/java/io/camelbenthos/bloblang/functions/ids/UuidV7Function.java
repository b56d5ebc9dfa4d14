package io.camelbenthos.bloblang.functions.ids;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.time.ZonedDateTime;

/** {@code uuid_v7(time)}: a time-ordered RFC 9562 version 7 UUID string, optionally for a given time. */
public final class UuidV7Function implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("uuid_v7")
                .category("General")
                .description("Generates a time-ordered UUID version 7 with millisecond timestamp precision. Use this for sortable unique identifiers that maintain chronological ordering, ideal for database keys or event IDs. Optionally specify a custom timestamp.")
                .param(ParamSpec.timestamp("time", "An optional timestamp to use for the time ordered portion of the UUID.").optional())
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        ZonedDateTime time = args.optionalTimestamp("time");
        return ctx -> time == null ? UuidV7.next() : UuidV7.at(time.toInstant().toEpochMilli());
    }
}
