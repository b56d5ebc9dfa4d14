package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.kafka.KafkaConnectionGate;
import io.camelbenthos.readiness.ConnectionProbe;
import org.apache.camel.model.ProcessorDefinition;

/** Redpanda Connect's {@code kafka_franz} output, on the {@code kafka} output's producer steps ({@link FranzOutputs}). */
public final class KafkaFranzOutput implements OutputComponent {
    private static final ComponentSpec SPEC = FranzOutputs.spec("kafka_franz", "stable", 10L, true, true);

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
