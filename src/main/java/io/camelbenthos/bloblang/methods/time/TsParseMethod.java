package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.go.GoTimeLayout;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;
import java.time.ZonedDateTime;

/** {@code ts_parse(format)}: Go {@code time.Parse} with a reference-time layout (UTC unless the value names a zone). */
public final class TsParseMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("ts_parse")
                .category("Timestamp Manipulation")
                .status(Status.BETA)
                .pure()
                .description("Parses a timestamp string using Go's reference time format and outputs a timestamp object. The format uses \"Mon Jan 2 15:04:05 -0700 MST 2006\" as a reference - show how this reference time would appear in your format. Use ts_strptime for strftime-style formats instead.")
                .param(ParamSpec.string("format", "The format of the input string using Go's reference time."))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String layout = args.string("format");
        return (target, ctx) -> parse(target, layout);
    }

    /** Parses the target; shared with the deprecated alias {@code parse_timestamp}, which renders the result as text. */
    static ZonedDateTime parse(Object target, String layout) {
        String s = TimeMethods.string(target);
        return TimeMethods.go(() -> GoTimeLayout.parse(layout, s));
    }
}
