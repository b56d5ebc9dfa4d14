package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.kafka.FranzFields;
import io.camelbenthos.kafka.KafkaConnectionGate;
import io.camelbenthos.kafka.KafkaProducerUri;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the franz-based outputs ({@code kafka_franz}, {@code redpanda}, {@code redpanda_common}) share: their spec and
 * their translation onto the {@code kafka} output's producer steps, with the connection taken from the output or
 * from the top-level {@code redpanda} block.
 */
final class FranzOutputs {
    private static final Logger LOG = LoggerFactory.getLogger(FranzOutputs.class);

    private FranzOutputs() {
    }

    /**
     * @param connection whether the output has connection fields ({@code redpanda_common} has none)
     * @param seedsRequired whether {@code seed_brokers} must be given ({@code kafka_franz})
     */
    static ComponentSpec spec(String name, String status, long maxInFlight, boolean connection, boolean seedsRequired) {
        List<FieldSpec> fields = new ArrayList<>();
        if (connection) {
            fields.addAll(FranzFields.connection(seedsRequired));
        }
        fields.addAll(FranzFields.producer(maxInFlight));
        fields.add(BatchingField.spec("Messages are held until a batch is complete, then written together; each is "
                + "acked once its record is acknowledged."));
        return new ComponentSpec(name, ComponentKind.OUTPUT, status,
                "Writes a record to a Kafka topic per message; the message is acked once the broker acknowledged it.",
                fields);
    }

    /** The connection settings: the output's own when it names brokers, else the top-level {@code redpanda} block. */
    static ComponentConfig connection(ComponentConfig config, TranslationContext context) {
        if (config.declares("seed_brokers") && config.isSet("seed_brokers")) {
            return config;
        }
        if (config.declares("seed_brokers")) {
            LOG.info("Connection fields omitted, falling back to common redpanda config.");
        }
        return context.redpanda();
    }

    static ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        KafkaProducerUri producer = KafkaProducerUri.fromFranz(config, connection(config, context));
        if (context.connectionProbe() instanceof KafkaConnectionGate gate) {
            gate.setEndpointUri(producer.uri()); // the brokers may come from the top-level block, known only here
        }
        return KafkaOutput.appendProducer(producer, config, tail, context);
    }
}
