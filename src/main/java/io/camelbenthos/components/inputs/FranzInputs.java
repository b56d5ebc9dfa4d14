package io.camelbenthos.components.inputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.components.outputs.BatchingField;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.kafka.FranzFields;
import io.camelbenthos.kafka.KafkaConsumerUri;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the franz-based inputs ({@code kafka_franz}, {@code redpanda}, {@code redpanda_common}) share: their specs and
 * their translation onto the {@code benthos-kafka:} consumer, with the connection taken from the input or from the
 * top-level {@code redpanda} block.
 */
final class FranzInputs {
    private static final Logger LOG = LoggerFactory.getLogger(FranzInputs.class);
    private static final String SUMMARY = "Reads records from Kafka topics, through a consumer group or from explicit "
            + "partitions; offsets are committed once messages are acked.";

    private FranzInputs() {
    }

    /** {@code kafka_franz}: connection, consumer and reader fields. */
    static ComponentSpec franzSpec() {
        List<FieldSpec> fields = new ArrayList<>(FranzFields.connection(true));
        fields.addAll(FranzFields.consumer());
        fields.add(FieldSpec.of("checkpoint_limit", FieldType.INT, 1024L,
                "Messages of one partition processed at once at most.").asAdvanced());
        fields.add(FieldSpec.of("commit_period", FieldType.DURATION, "5s", "How often acked offsets are committed.")
                .asAdvanced());
        fields.add(FieldSpec.of("multi_header", FieldType.BOOL, false,
                "Each header becomes a list of all its values instead of the last one.").asAdvanced());
        fields.add(BatchingField.spec("Allows you to configure a batching policy: a completed batch is one transaction."));
        return new ComponentSpec("kafka_franz", ComponentKind.INPUT, "deprecated", SUMMARY, fields);
    }

    /** {@code redpanda} (with connection fields) and {@code redpanda_common} (without). */
    static ComponentSpec redpandaSpec(String name, boolean connection) {
        List<FieldSpec> fields = new ArrayList<>();
        if (connection) {
            fields.addAll(FranzFields.connection(false));
        }
        fields.addAll(FranzFields.consumer());
        fields.add(FieldSpec.of("commit_period", FieldType.DURATION, "5s", "How often acked offsets are committed.")
                .asAdvanced());
        fields.add(FieldSpec.of("partition_buffer_bytes", FieldType.STRING, "1MB", "Accepted for compatibility.")
                .asAdvanced());
        fields.add(FieldSpec.of("max_yield_batch_bytes", FieldType.STRING, "32KB", "Accepted for compatibility.")
                .asAdvanced());
        fields.add(FieldSpec.object("unordered_processing",
                "Process a partition's messages in parallel instead of one after the other.",
                FieldSpec.of("enabled", FieldType.BOOL, false, "Whether messages of a partition are processed in parallel."),
                FieldSpec.of("checkpoint_limit", FieldType.INT, 1024L, "Messages of one partition processed at once at most."),
                BatchingField.spec("Allows you to configure a batching policy: a completed batch is one transaction.")).asAdvanced());
        fields.add(KafkaInputFields.extractTracingMap());
        return new ComponentSpec(name, ComponentKind.INPUT, "stable", SUMMARY, fields);
    }

    static void translateFranz(ComponentConfig config, TranslationContext context) {
        KafkaInputFields.rejectUnsupported(config);
        String uri = KafkaConsumerUri.forFranz(config, config, config.integer("checkpoint_limit"));
        KafkaInputFields.route(uri, config, config, context);
    }

    /** Ordered (default): one message of a partition at a time; unordered: up to its checkpoint limit. */
    static void translateRedpanda(ComponentConfig config, TranslationContext context) {
        KafkaInputFields.rejectUnsupported(config);
        ComponentConfig unordered = config.object("unordered_processing");
        if (!unordered.bool("enabled") && BatchingField.policy(unordered).isPresent()) {
            // one message per partition in flight: a batch could fill by period only
            throw new ConfigException(unordered.position("batching"), config.type()
                    + ": unordered_processing.batching needs unordered_processing.enabled: true");
        }
        long limit = unordered.bool("enabled") ? unordered.integer("checkpoint_limit") : 1;
        String uri = KafkaConsumerUri.forFranz(config, connection(config, context), limit);
        KafkaInputFields.route(uri, config, unordered, context);
    }

    private static ComponentConfig connection(ComponentConfig config, TranslationContext context) {
        if (config.declares("seed_brokers") && config.isSet("seed_brokers")) {
            return config;
        }
        if (config.declares("seed_brokers")) {
            LOG.info("Connection fields omitted, falling back to common redpanda config.");
        }
        return context.redpanda();
    }
}
