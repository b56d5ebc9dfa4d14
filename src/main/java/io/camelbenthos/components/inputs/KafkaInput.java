package io.camelbenthos.components.inputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.InputComponent;
import io.camelbenthos.components.TlsField;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.components.outputs.BatchingField;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.kafka.KafkaConsumerUri;
import io.camelbenthos.kafka.KafkaInputConnection;
import io.camelbenthos.readiness.ConnectionProbe;
import java.util.List;

/**
 * Benthos's {@code kafka} input (the Sarama one): a {@code benthos-kafka:} route (see
 * {@link io.camelbenthos.kafka.BenthosKafkaComponent}) that runs the input's processors and sends each record to the
 * pipeline; the pipeline's completion is the record's ack, and only the acked prefix of each partition is committed.
 */
public final class KafkaInput implements InputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("kafka", ComponentKind.INPUT, "deprecated",
            "Reads records from Kafka topics, through a consumer group or from explicit partitions.",
            List.of(
                    FieldSpec.required("addresses", FieldType.STRING_LIST,
                            "Broker addresses; an item may hold several, comma-separated."),
                    FieldSpec.required("topics", FieldType.STRING_LIST,
                            "Topics; `foo:0` or `foo:0-3` for explicit partitions (no consumer group membership)."),
                    FieldSpec.of("target_version", FieldType.STRING, null,
                            "Accepted for compatibility; the Java client negotiates protocol versions itself."),
                    TlsField.spec("Password of an encrypted private key."),
                    KafkaInputFields.sasl(),
                    FieldSpec.of("consumer_group", FieldType.STRING, "",
                            "Consumer group; offsets are committed only with one. Required for balanced topics."),
                    FieldSpec.of("client_id", FieldType.STRING, "benthos", "Client id reported to the brokers.").asAdvanced(),
                    FieldSpec.of("instance_id", FieldType.STRING, null, "Static group membership id.").asAdvanced(),
                    FieldSpec.of("rack_id", FieldType.STRING, "", "Rack id, for fetching from the closest replica.").asAdvanced(),
                    FieldSpec.of("start_from_oldest", FieldType.BOOL, true,
                            "Where a partition without a committed offset starts: oldest, else newest.").asAdvanced(),
                    FieldSpec.of("checkpoint_limit", FieldType.INT, 1024L,
                            "Messages of one partition processed at once at most; 1 processes a partition in order."),
                    KafkaInputFields.autoReplayNacks(),
                    KafkaInputFields.timelyNacks(),
                    FieldSpec.of("commit_period", FieldType.DURATION, "1s", "How often acked offsets are committed.")
                            .asAdvanced(),
                    FieldSpec.of("max_processing_period", FieldType.DURATION, "100ms",
                            "Accepted for compatibility (Sarama's MaxProcessingTime).").asAdvanced(),
                    KafkaInputFields.extractTracingMap(),
                    FieldSpec.object("group", "Consumer group settings.",
                            FieldSpec.of("session_timeout", FieldType.DURATION, "10s", "Group session timeout."),
                            FieldSpec.of("heartbeat_interval", FieldType.DURATION, "3s", "Heartbeat interval."),
                            FieldSpec.of("rebalance_timeout", FieldType.DURATION, "60s", "Rebalance timeout."))
                            .asAdvanced(),
                    FieldSpec.of("fetch_buffer_cap", FieldType.INT, 256L, "Accepted for compatibility.").asAdvanced(),
                    FieldSpec.of("multi_header", FieldType.BOOL, false,
                            "Each header becomes a list of all its values instead of the last one.").asAdvanced(),
                    BatchingField.spec("Allows you to configure a batching policy: a completed batch is one transaction.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public void translate(ComponentConfig config, TranslationContext context) {
        KafkaInputFields.rejectUnsupported(config);
        KafkaInputFields.route(KafkaConsumerUri.forKafka(config), config, config, context);
    }

    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return new KafkaInputConnection();
    }
}
