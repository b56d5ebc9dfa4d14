package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.nats.NatsKind;
import io.camelbenthos.nats.NatsProbe;
import io.camelbenthos.nats.NatsUri;
import io.camelbenthos.readiness.ConnectionProbe;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/**
 * Benthos's {@code nats} output (semantics: connectors §3.3) on the project's {@code benthos-nats:core} producer: a
 * core NATS publish per message, subject and headers interpolated, metadata sent only when the include filter says.
 * Fire-and-forget: acked once handed to the client.
 */
public final class NatsOutput implements OutputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("nats", ComponentKind.OUTPUT, "stable",
            "Publish to an NATS subject.", fields(64L)).asNonBlocking();

    /** The fields nats and nats_jetstream outputs share, with their {@code max_in_flight} default. */
    static List<FieldSpec> fields(long maxInFlight) {
        List<FieldSpec> own = new ArrayList<>();
        own.add(FieldSpec.required("subject", FieldType.INTERPOLATED_STRING, "The subject to publish to."));
        own.addAll(NatsUri.headerFields());
        own.add(FieldSpec.of("max_in_flight", FieldType.INT, maxInFlight,
                "The maximum number of messages to have in flight at a given time."));
        own.add(NatsUri.tracingField("inject_tracing_map"));
        return NatsUri.around(own.toArray(FieldSpec[]::new));
    }

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        return translate(NatsKind.CORE, config, tail, context);
    }

    /** Shared with nats_jetstream: the producer step and its /ready probe. */
    static ProcessorDefinition<?> translate(NatsKind kind, ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        String id = context.stepId(null);
        String uri = new NatsUri(kind, id).connection(config).subject(config, "subject", "subject", false)
                .headersAndMetadata(config)
                .optionUnlessDefault("maxInFlight", config.integer("max_in_flight"), 64L) // the endpoint's default
                .toString();
        if (context.connectionProbe() instanceof NatsProbe probe) {
            probe.setEndpointUri(uri);
        }
        return tail.to(uri).id(id);
    }

    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return new NatsProbe();
    }
}
