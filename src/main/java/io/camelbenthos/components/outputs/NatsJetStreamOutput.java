package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.nats.NatsKind;
import io.camelbenthos.nats.NatsProbe;
import io.camelbenthos.readiness.ConnectionProbe;
import org.apache.camel.model.ProcessorDefinition;

/**
 * Benthos's {@code nats_jetstream} output (semantics: connectors §3.5) on the {@code benthos-nats:jetstream}
 * producer: each message is acked once the stream stored it (its PubAck); a publish the server refuses is a nack.
 */
public final class NatsJetStreamOutput implements OutputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("nats_jetstream", ComponentKind.OUTPUT, "stable",
            "Write messages to a NATS JetStream subject.", NatsOutput.fields(1024L)).asNonBlocking();

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        return NatsOutput.translate(NatsKind.JETSTREAM, config, tail, context);
    }

    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return new NatsProbe();
    }
}
