package io.camelbenthos.bloblang.functions.time;

import io.camelbenthos.bloblang.go.GoTimeLayout;
import io.camelbenthos.bloblang.go.GoZones;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.time.ZonedDateTime;

/** {@code now()}: the current time as an RFC 3339 nano <em>string</em> in the process-local zone, as Go's {@code time.Now().Format(time.RFC3339Nano)}. */
public final class NowFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("now")
                .category("Environment")
                .description("Returns the current timestamp as an RFC 3339 formatted string with nanosecond precision. Use this to add processing timestamps to messages or measure time between events. Chain with `ts_format` to customize the format or timezone.")
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> GoTimeLayout.formatRfc3339Nano(ZonedDateTime.now(GoZones.local()));
    }
}
