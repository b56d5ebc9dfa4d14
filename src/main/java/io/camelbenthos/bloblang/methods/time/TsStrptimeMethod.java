package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.go.GoStrftime;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;
import java.time.ZonedDateTime;

/** {@code ts_strptime(format)}: strptime-style parsing as itchyny/timefmt-go (UTC unless the value names a zone). */
public final class TsStrptimeMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("ts_strptime")
                .category("Timestamp Manipulation")
                .status(Status.BETA)
                .pure()
                .description("Parses a timestamp string using strptime format specifiers (like %Y, %m, %d) and outputs a timestamp object. Use ts_parse for Go-style reference time formats instead.")
                .param(ParamSpec.string("format", "The format string using strptime specifiers (e.g., %Y-%m-%d)."))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String format = args.string("format");
        return (target, ctx) -> parse(target, format);
    }

    /** Parses the target; shared with the deprecated alias {@code parse_timestamp_strptime}, which renders the result as text. */
    static ZonedDateTime parse(Object target, String format) {
        String s = TimeMethods.string(target);
        return TimeMethods.go(() -> GoStrftime.parse(s, format));
    }
}
