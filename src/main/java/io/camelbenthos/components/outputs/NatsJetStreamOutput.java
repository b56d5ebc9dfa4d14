package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.nats.NatsKind;

/**
 * Benthos's {@code nats_jetstream} output (semantics: connectors §3.5) on the {@code benthos-nats:jetstream}
 * producer: each message is acked once the stream stored it (its PubAck); a publish the server refuses is a nack.
 */
public final class NatsJetStreamOutput extends NatsOutputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("nats_jetstream", ComponentKind.OUTPUT, "stable",
            "Write messages to a NATS JetStream subject.", NatsOutput.fields(1024L)).asNonBlocking();

    public NatsJetStreamOutput() {
        super(SPEC);
    }

    @Override
    String endpointUri(ComponentConfig config, String name) {
        return NatsOutput.endpointUri(NatsKind.JETSTREAM, config, name);
    }
}
