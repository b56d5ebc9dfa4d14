package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.nats.NatsKind;
import io.camelbenthos.nats.NatsUri;

/**
 * Benthos's {@code nats_kv} output (semantics: connectors §3.6) on the {@code benthos-nats:kv} producer: a put of
 * each message's content under its interpolated key, acked once the bucket stored it.
 */
public final class NatsKvOutput extends NatsOutputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("nats_kv", ComponentKind.OUTPUT, "stable",
            "Put messages in a NATS key-value bucket.",
            NatsUri.around(
                    FieldSpec.required("bucket", FieldType.STRING, "The name of the KV bucket."),
                    FieldSpec.required("key", FieldType.INTERPOLATED_STRING, "The key for each message."),
                    FieldSpec.of("max_in_flight", FieldType.INT, 1024L,
                            "The maximum number of messages to have in flight at a given time.")))
            .asNonBlocking();

    public NatsKvOutput() {
        super(SPEC);
    }

    @Override
    String endpointUri(ComponentConfig config, String name) {
        NatsUri.bucket(config);
        return new NatsUri(NatsKind.KV, name).connection(config).option("bucket", config.string("bucket"))
                .subject(config, "key", "key", false)
                .optionUnlessDefault("maxInFlight", config.integer("max_in_flight"), 64L) // the endpoint's default
                .toString();
    }
}
