package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.nats.NatsKind;
import io.camelbenthos.nats.NatsUri;
import java.util.ArrayList;
import java.util.List;

/**
 * Benthos's {@code nats} output (semantics: connectors §3.3) on the project's {@code benthos-nats:core} producer: a
 * core NATS publish per message, subject and headers interpolated, metadata sent only when the include filter says.
 * Fire-and-forget: acked once handed to the client.
 */
public final class NatsOutput extends NatsOutputComponent {
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

    public NatsOutput() {
        super(SPEC);
    }

    @Override
    String endpointUri(ComponentConfig config, String name) {
        return endpointUri(NatsKind.CORE, config, name);
    }

    /** Shared with nats_jetstream. */
    static String endpointUri(NatsKind kind, ComponentConfig config, String name) {
        return new NatsUri(kind, name).connection(config).subject(config, "subject", "subject", false)
                .headersAndMetadata(config)
                .optionUnlessDefault("maxInFlight", config.integer("max_in_flight"), 64L) // the endpoint's default
                .toString();
    }
}
