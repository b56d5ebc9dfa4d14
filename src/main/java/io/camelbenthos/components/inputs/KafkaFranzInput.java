package io.camelbenthos.components.inputs;

import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.InputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.kafka.KafkaInputConnection;
import io.camelbenthos.readiness.ConnectionProbe;

/** Redpanda Connect's {@code kafka_franz} input, on the {@code benthos-kafka:} consumer ({@link FranzInputs}). */
public final class KafkaFranzInput implements InputComponent {
    private static final ComponentSpec SPEC = FranzInputs.franzSpec();

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public void translate(ComponentConfig config, TranslationContext context) {
        FranzInputs.translateFranz(config, context);
    }

    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return new KafkaInputConnection();
    }
}
