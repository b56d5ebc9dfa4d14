package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TlsField;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.kafka.KafkaConnectionGate;
import io.camelbenthos.kafka.KafkaMetadataRestorer;
import io.camelbenthos.kafka.KafkaProducerUri;
import io.camelbenthos.kafka.KafkaRecordPreparer;
import io.camelbenthos.readiness.ConnectionProbe;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/**
 * Benthos's {@code kafka} output (the Sarama one) on camel-kafka.
 *
 * <p>With a {@code batching} policy, a {@link BatchPolicyStep} first holds messages until their batch is complete and
 * then lets them all continue together. A {@link KafkaConnectionGate} then holds them while no broker can be reached
 * (Benthos's connect loop: logged, retried, shown on {@code /ready}). Then three steps: a {@link KafkaRecordPreparer}
 * renders topic/key/partition per message and sets exactly the record headers Benthos sends; the camel-kafka producer
 * sends the record and, being asynchronous, continues the route only from the send callback, i.e. once the broker
 * acked at the configured acks level (or the delivery failed: the nack); a {@link KafkaMetadataRestorer} puts the
 * message's metadata back. The producer settings come from {@link KafkaProducerUri}.
 */
public final class KafkaOutput implements OutputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("kafka", ComponentKind.OUTPUT, "stable",
            "Writes a record to a Kafka topic per message; the message is acked once the broker acknowledged it.",
            List.of(
                    FieldSpec.required("addresses", FieldType.STRING_LIST,
                            "Broker addresses; an item may hold several, comma-separated."),
                    TlsField.spec("Password of an encrypted private key."),
                    sasl(),
                    FieldSpec.required("topic", FieldType.INTERPOLATED_STRING, "Topic, evaluated per message."),
                    FieldSpec.of("client_id", FieldType.STRING, "benthos", "Client id reported to the brokers.").asAdvanced(),
                    FieldSpec.of("target_version", FieldType.STRING, null,
                            "Accepted for compatibility; the Java client negotiates protocol versions itself.").asAdvanced(),
                    FieldSpec.of("rack_id", FieldType.STRING, "", "Rack id; has no effect on a producer.").asAdvanced(),
                    FieldSpec.of("key", FieldType.INTERPOLATED_STRING, "",
                            "Record key, evaluated per message; empty means no key."),
                    FieldSpec.of("partitioner", FieldType.STRING, "fnv1a_hash", "How records are spread over partitions.")
                            .options("fnv1a_hash", "murmur2_hash", "random", "round_robin", "manual"),
                    FieldSpec.of("partition", FieldType.INTERPOLATED_STRING, "",
                            "Partition for the manual partitioner, evaluated per message."),
                    FieldSpec.object("custom_topic_creation", "Explicit topic creation (not supported: topics are auto-created by the broker).",
                            FieldSpec.of("enabled", FieldType.BOOL, false, "Create the topic explicitly."),
                            FieldSpec.of("partitions", FieldType.INT, -1L, "Partitions of a created topic."),
                            FieldSpec.of("replication_factor", FieldType.INT, -1L, "Replication factor of a created topic."))
                            .asAdvanced(),
                    FieldSpec.of("compression", FieldType.STRING, "none", "Compression codec.")
                            .options("none", "snappy", "lz4", "gzip", "zstd").asAdvanced(),
                    FieldSpec.of("static_headers", FieldType.STRING_MAP, null, "Headers added to every record.").asAdvanced(),
                    FieldSpec.object("metadata", "Which metadata become record headers (all by default).",
                            FieldSpec.of("exclude_prefixes", FieldType.STRING_LIST, List.of(),
                                    "Metadata keys with these prefixes are not sent.")),
                    FieldSpec.of("inject_tracing_map", FieldType.BLOBLANG, null, "Tracing is not supported; rejected when set.")
                            .asAdvanced(),
                    FieldSpec.of("max_in_flight", FieldType.INT, 64L, "Requests in flight per broker connection."),
                    FieldSpec.of("idempotent_write", FieldType.BOOL, false, "Idempotent producer (needs ack_replicas)."),
                    FieldSpec.of("ack_replicas", FieldType.BOOL, false, "Wait for all in-sync replicas (acks=all) instead of the leader (acks=1)."),
                    FieldSpec.of("max_msg_bytes", FieldType.INT, 1000000L, "Largest request the producer sends.").asAdvanced(),
                    FieldSpec.of("timeout", FieldType.DURATION, "5s", "How long to wait for the broker's acknowledgement.").asAdvanced(),
                    FieldSpec.of("retry_as_batch", FieldType.BOOL, false, "Accepted for compatibility: every record is retried on its own.")
                            .asAdvanced(),
                    BatchingField.spec("Messages are held until a batch is complete, then written together; each is "
                            + "acked once its record is acknowledged."),
                    FieldSpec.of("max_retries", FieldType.INT, 0L, "Retries before a write fails; 0 means no count limit.")
                            .asAdvanced(),
                    FieldSpec.object("backoff", "Retry backoff of a failed write.",
                            FieldSpec.of("initial_interval", FieldType.DURATION, "3s", "First wait."),
                            FieldSpec.of("max_interval", FieldType.DURATION, "10s", "Longest wait."),
                            FieldSpec.of("max_elapsed_time", FieldType.DURATION, "30s",
                                    "Give up (nack) after this long; 0s retries forever.")).asAdvanced(),
                    FieldSpec.of("timestamp_ms", FieldType.INTERPOLATED_STRING, null,
                            "Record timestamp in milliseconds, evaluated per message; the current time when unset.")
                            .asAdvanced(),
                    FieldSpec.of("timestamp", FieldType.INTERPOLATED_STRING, null,
                            "Deprecated: record timestamp in seconds.").asAdvanced()));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        return appendProducer(KafkaProducerUri.from(config), config, tail, context);
    }

    /**
     * The steps of a Kafka output (this one, {@code kafka_franz}, {@code redpanda}): batching, the connection gate,
     * the record preparer, the producer, the metadata restorer.
     */
    static ProcessorDefinition<?> appendProducer(KafkaProducerUri producer, ComponentConfig config,
                                                 ProcessorDefinition<?> tail, TranslationContext context) {
        ProcessorDefinition<?> current = BatchingField.append(config, tail, context);
        String connect = context.stepId("connect");
        String prepare = context.stepId("record");
        String send = context.stepId(null); // the output itself: metrics and tracing count the send
        String restore = context.stepId("restore");
        // the gate is this output's /ready probe too (connectionProbe below): one connection, reported and waited on
        return current.process(context.bind(connect, context.connectionProbe())).id(connect)
                .process(context.bind(prepare, producer.recordPreparer())).id(prepare)
                .to(producer.uri()).id(send)
                .process(context.bind(restore, new KafkaMetadataRestorer())).id(restore);
    }

    /**
     * The output's {@link KafkaConnectionGate}: connected once a broker answered, failing with Sarama's error text
     * while none can be reached; {@link #translate} puts it in front of the producer.
     */
    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return new KafkaConnectionGate(KafkaProducerUri.from(config).uri());
    }

    private static FieldSpec sasl() {
        return FieldSpec.object("sasl", "SASL authentication.",
                FieldSpec.of("mechanism", FieldType.STRING, "none", "SASL mechanism.")
                        .options("none", "PLAIN", "OAUTHBEARER", "SCRAM-SHA-256", "SCRAM-SHA-512"),
                FieldSpec.of("user", FieldType.STRING, "", "User name."),
                FieldSpec.of("password", FieldType.STRING, "", "Password."),
                FieldSpec.of("access_token", FieldType.STRING, "", "OAUTHBEARER token (not supported)."),
                FieldSpec.of("token_cache", FieldType.STRING, "", "OAUTHBEARER token cache (not supported)."),
                FieldSpec.of("token_key", FieldType.STRING, "", "OAUTHBEARER token key (not supported)."));
    }
}
