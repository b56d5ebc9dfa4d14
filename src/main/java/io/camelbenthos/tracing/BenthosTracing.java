package io.camelbenthos.tracing;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.translate.ComponentStep;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.processor.DelegateAsyncProcessor;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * The {@code open_telemetry_collector} tracer: one trace per transaction, its root span named after the input that
 * received it (from the exchange's creation to its completion, i.e. the ack), and a child span per processor and
 * output, named after the component type, with its {@code label} and {@code path}; a step that fails or flags a
 * message marks its span as an error. Spans go through the OpenTelemetry SDK's batch processor to every configured
 * OTLP collector (HTTP and gRPC). An {@link InterceptStrategy} of the context, installed before routes are built;
 * a service of the context, so stopping the context flushes the last spans.
 */
public final class BenthosTracing extends ServiceSupport implements InterceptStrategy {
    /** Registry name of the context's instance. */
    public static final String BEAN_NAME = "benthosTracing";
    private static final String ROOT_SPAN = "CamelBenthosTraceSpan";

    private final OpenTelemetrySdk sdk;
    private final Tracer tracer;
    private final Map<String, ComponentStep> steps = new ConcurrentHashMap<>();

    private BenthosTracing(TracerSettings settings) {
        AttributesBuilder resource = Attributes.builder().put("service.name", settings.service());
        settings.tags().forEach(resource::put);
        SdkTracerProviderBuilder provider = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(resource.build())))
                .setSampler(settings.samplingEnabled() ? Sampler.traceIdRatioBased(settings.samplingRatio()) : Sampler.alwaysOn());
        for (TracerSettings.Collector c : settings.http()) {
            provider.addSpanProcessor(BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder()
                    .setEndpoint(scheme(c) + c.address() + "/v1/traces").build()).build());
        }
        for (TracerSettings.Collector c : settings.grpc()) {
            provider.addSpanProcessor(BatchSpanProcessor.builder(OtlpGrpcSpanExporter.builder()
                    .setEndpoint(scheme(c) + c.address()).build()).build());
        }
        this.sdk = OpenTelemetrySdk.builder().setTracerProvider(provider.build()).build();
        this.tracer = sdk.getTracer("io.camelbenthos");
    }

    private static String scheme(TracerSettings.Collector c) {
        return c.secure() ? "https://" : "http://";
    }

    /**
     * The context's tracing for these settings, created (intercept strategy and service) on first use; the steps of
     * another stream are added to the known ones. Does nothing for {@code none}.
     */
    public static synchronized void installIn(CamelContext camel, TracerSettings settings, Map<String, ComponentStep> streamSteps) {
        if (!settings.enabled()) {
            return;
        }
        BenthosTracing tracing = camel.getRegistry().lookupByNameAndType(BEAN_NAME, BenthosTracing.class);
        if (tracing == null) {
            tracing = new BenthosTracing(settings);
            camel.getRegistry().bind(BEAN_NAME, tracing);
            camel.getCamelContextExtension().addInterceptStrategy(tracing);
            try {
                camel.addService(tracing, true, true);
            } catch (Exception e) {
                throw new IllegalStateException("the tracer did not start: " + e.getMessage(), e);
            }
        }
        tracing.steps.putAll(streamSteps);
    }

    @Override
    public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode definition, Processor target,
                                                 Processor nextTarget) {
        if (!(definition instanceof ProcessorDefinition<?> step) || !step.hasCustomIdAssigned()) {
            return target;
        }
        ComponentStep component = steps.get(step.getId());
        return component == null ? target : new Traced(target, component);
    }

    /** The transaction's root span, started (and tied to the exchange's completion) by the first traced step. */
    private Span rootSpan(Exchange exchange) {
        Span root = exchange.getProperty(ROOT_SPAN, Span.class);
        if (root != null) {
            return root;
        }
        ComponentStep input = exchange.getFromRouteId() == null ? null : steps.get(exchange.getFromRouteId());
        root = tracer.spanBuilder(input == null ? "input" : input.type())
                .setStartTimestamp(Instant.ofEpochMilli(exchange.getClock().getCreated()))
                .setAllAttributes(input == null ? Attributes.empty() : attributes(input)).startSpan();
        exchange.setProperty(ROOT_SPAN, root);
        Span started = root;
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                if (done.getException() != null) {
                    started.setStatus(StatusCode.ERROR, String.valueOf(done.getException().getMessage()));
                }
                started.end();
            }
        });
        return root;
    }

    private static Attributes attributes(ComponentStep c) {
        return Attributes.builder().put("label", c.label()).put("path", c.path()).build();
    }

    /** One processor's or output's span per exchange that passes it. */
    private final class Traced extends DelegateAsyncProcessor {
        private final ComponentStep component;
        private final Attributes attributes;

        Traced(Processor target, ComponentStep component) {
            super(target);
            this.component = component;
            this.attributes = attributes(component);
        }

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            Span span = tracer.spanBuilder(component.type()).setParent(Context.root().with(rootSpan(exchange)))
                    .setAllAttributes(attributes).startSpan();
            boolean flaggedBefore = BenthosExchange.anyFlagged(exchange);
            return super.process(exchange, doneSync -> {
                if (exchange.getException() != null) {
                    span.setStatus(StatusCode.ERROR, String.valueOf(exchange.getException().getMessage()));
                } else if (!flaggedBefore && BenthosExchange.anyFlagged(exchange)) {
                    span.setStatus(StatusCode.ERROR, "message flagged with an error");
                }
                span.end();
                callback.done(doneSync);
            });
        }
    }

    @Override
    protected void doStop() {
        sdk.getSdkTracerProvider().forceFlush().join(10, TimeUnit.SECONDS);
        sdk.close();
    }
}
