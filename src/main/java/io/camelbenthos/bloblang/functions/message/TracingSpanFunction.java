package io.camelbenthos.bloblang.functions.message;

import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;

/** {@code tracing_span()}: the message's W3C trace context as a text map ({@code traceparent}, {@code tracestate}), or null without one ({@link TraceContext}). */
public final class TracingSpanFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("tracing_span")
                .category("Message Info")
                .status(Status.EXPERIMENTAL)
                .description("Returns the OpenTelemetry tracing span attached to the message as a text map object, or `null` if no span exists. Use this to propagate trace context to downstream systems via headers or metadata.")
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        return ctx -> TraceContext.textMap(ctx.message());
    }
}
