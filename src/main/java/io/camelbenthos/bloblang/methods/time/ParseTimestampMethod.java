package io.camelbenthos.bloblang.methods.time;

import io.camelbenthos.bloblang.go.GoTimeLayout;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;

/** {@code parse_timestamp(format)}: deprecated {@code ts_parse} that returns the RFC 3339 string. */
public final class ParseTimestampMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("parse_timestamp")
                .category("Deprecated")
                .status(Status.DEPRECATED)
                .pure()
                .description("Parses a timestamp string using Go's reference time format and outputs a timestamp object. The format uses \"Mon Jan 2 15:04:05 -0700 MST 2006\" as a reference - show how this reference time would appear in your format. Use ts_strptime for strftime-style formats instead.")
                .param(ParamSpec.string("format", "The format of the input string using Go's reference time."))
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        String layout = args.string("format");
        return (target, ctx) -> GoTimeLayout.formatRfc3339Nano(TsParseMethod.parse(target, layout));
    }
}
