package io.camelbenthos.bloblang.functions.message;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;

/** {@code tracing_id()}: the message's trace id (32 hex digits), or an empty string without a trace context ({@link TraceContext}). */
public final class TracingIdFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("tracing_id")
                .category("Message Info")
                .status(Status.EXPERIMENTAL)
                .description("Returns the OpenTelemetry trace ID for the message, or an empty string if no tracing span exists. Use this to correlate logs and events with distributed traces.")
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> TraceContext.traceId(ctx.message());
    }
}
