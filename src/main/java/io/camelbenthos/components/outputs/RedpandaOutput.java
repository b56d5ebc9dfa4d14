package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.kafka.KafkaConnectionGate;
import io.camelbenthos.readiness.ConnectionProbe;
import org.apache.camel.model.ProcessorDefinition;

/** Redpanda Connect's {@code redpanda} output, on the {@code kafka} output's producer steps ({@link FranzOutputs}). */
public final class RedpandaOutput implements OutputComponent {
    private static final ComponentSpec SPEC = FranzOutputs.spec("redpanda", "stable", 256L, true, false);

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        return FranzOutputs.translate(config, tail, context);
    }

    /** The connection gate; {@link #translate} gives it the producer's endpoint. */
    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return new KafkaConnectionGate();
    }
}
