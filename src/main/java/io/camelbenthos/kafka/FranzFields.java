package io.camelbenthos.kafka;

import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TlsField;
import java.util.ArrayList;
import java.util.List;

/**
 * The field specs the franz-based components share ({@code kafka_franz}, {@code redpanda}, {@code redpanda_common}
 * and the top-level {@code redpanda} block), with Redpanda Connect's names and defaults (connectors §1.2-§1.4).
 */
public final class FranzFields {
    private FranzFields() {
    }

    /** The connection fields; {@code seed_brokers} is optional where the top-level {@code redpanda} block can stand in. */
    public static List<FieldSpec> connection(boolean seedsRequired) {
        return List.of(
                seedsRequired
                        ? FieldSpec.required("seed_brokers", FieldType.STRING_LIST,
                                "Brokers to connect to first; an item may hold several, comma-separated.")
                        : FieldSpec.of("seed_brokers", FieldType.STRING_LIST, null,
                                "Brokers to connect to first; omitted: the top-level redpanda block's."),
                FieldSpec.of("client_id", FieldType.STRING, "redpanda-connect", "Client id reported to the brokers.")
                        .asAdvanced(),
                TlsField.spec("Password of an encrypted private key."),
                FieldSpec.objectList("sasl", "SASL authentication (one mechanism is supported).",
                        FieldSpec.of("mechanism", FieldType.STRING, "none", "SASL mechanism.")
                                .options("none", "PLAIN", "OAUTHBEARER", "SCRAM-SHA-256", "SCRAM-SHA-512", "AWS_MSK_IAM"),
                        FieldSpec.of("username", FieldType.STRING, "", "User name."),
                        FieldSpec.of("password", FieldType.STRING, "", "Password."),
                        FieldSpec.of("token", FieldType.STRING, "", "OAUTHBEARER token (not supported)."),
                        FieldSpec.of("extensions", FieldType.STRING_MAP, null, "OAUTHBEARER extensions (not supported)."),
                        FieldSpec.of("aws", FieldType.ANY, null, "AWS_MSK_IAM settings (not supported).")),
                FieldSpec.of("metadata_max_age", FieldType.DURATION, "1m", "Accepted for compatibility.").asAdvanced(),
                FieldSpec.of("request_timeout_overhead", FieldType.DURATION, "10s", "Accepted for compatibility.")
                        .asAdvanced(),
                FieldSpec.of("conn_idle_timeout", FieldType.DURATION, "20s", "Accepted for compatibility.").asAdvanced(),
                FieldSpec.of("tcp", FieldType.ANY, null, "Accepted for compatibility.").asAdvanced());
    }

    /** The consumer fields of {@code kafka_franz} and {@code redpanda} inputs. */
    public static List<FieldSpec> consumer() {
        return List.of(
                FieldSpec.of("topics", FieldType.STRING_LIST, null,
                        "Topics; `foo:0`, `foo:0-3` explicit partitions, `foo:0:10` from offset 10."),
                FieldSpec.of("regexp_topics", FieldType.BOOL, false, "Deprecated: topics are regular expressions.")
                        .asAdvanced(),
                FieldSpec.of("regexp_topics_include", FieldType.STRING_LIST, null,
                        "Regular expressions of topics to consume (needs a consumer group)."),
                FieldSpec.of("regexp_topics_exclude", FieldType.STRING_LIST, null,
                        "Regular expressions of topics not to consume, with regexp_topics_include."),
                FieldSpec.of("rack_id", FieldType.STRING, "", "Rack id.").asAdvanced(),
                FieldSpec.of("instance_id", FieldType.STRING, "", "Static group membership id.").asAdvanced(),
                FieldSpec.of("rebalance_timeout", FieldType.DURATION, "45s", "Rebalance timeout.").asAdvanced(),
                FieldSpec.of("session_timeout", FieldType.DURATION, "1m", "Group session timeout.").asAdvanced(),
                FieldSpec.of("heartbeat_interval", FieldType.DURATION, "3s", "Heartbeat interval.").asAdvanced(),
                FieldSpec.of("start_from_oldest", FieldType.BOOL, true, "Deprecated: use start_offset.").asAdvanced(),
                FieldSpec.of("start_offset", FieldType.STRING, "earliest",
                        "Where a partition without a committed offset starts.").options("earliest", "latest", "committed")
                        .asAdvanced(),
                FieldSpec.of("fetch_max_bytes", FieldType.STRING, "50MiB", "Accepted for compatibility.").asAdvanced(),
                FieldSpec.of("fetch_max_wait", FieldType.DURATION, "5s", "Accepted for compatibility.").asAdvanced(),
                FieldSpec.of("fetch_min_bytes", FieldType.STRING, "1B", "Accepted for compatibility.").asAdvanced(),
                FieldSpec.of("fetch_max_partition_bytes", FieldType.STRING, "1MiB", "Accepted for compatibility.")
                        .asAdvanced(),
                FieldSpec.of("transaction_isolation_level", FieldType.STRING, "read_uncommitted",
                        "Whether records of open or aborted transactions are read.")
                        .options("read_uncommitted", "read_committed").asAdvanced(),
                FieldSpec.of("consumer_group", FieldType.STRING, null,
                        "Consumer group; mandatory unless explicit partitions are given."),
                FieldSpec.of("topic_lag_refresh_period", FieldType.DURATION, "5s", "Accepted for compatibility.")
                        .asAdvanced(),
                FieldSpec.of("auto_replay_nacks", FieldType.BOOL, true,
                        "Replay a rejected message until it is delivered; false: it is dropped (committed)."),
                FieldSpec.of("timely_nacks_maximum_wait", FieldType.DURATION, null, "Not supported; rejected when set.")
                        .asAdvanced());
    }

    /** The producer fields of the {@code kafka_franz} and {@code redpanda} outputs. */
    public static List<FieldSpec> producer(long maxInFlight) {
        return List.of(
                FieldSpec.required("topic", FieldType.INTERPOLATED_STRING, "Topic, evaluated per message."),
                FieldSpec.of("key", FieldType.INTERPOLATED_STRING, null, "Record key, evaluated per message."),
                FieldSpec.of("partition", FieldType.INTERPOLATED_STRING, null,
                        "Partition, evaluated per message; only with partitioner: manual."),
                FieldSpec.object("metadata", "Which metadata become record headers (none unless given).",
                        FieldSpec.of("include_prefixes", FieldType.STRING_LIST, List.of(), "Keys with these prefixes."),
                        FieldSpec.of("include_patterns", FieldType.STRING_LIST, List.of(), "Keys matching these patterns.")),
                FieldSpec.of("timestamp", FieldType.INTERPOLATED_STRING, null, "Deprecated: record timestamp in seconds.")
                        .asAdvanced(),
                FieldSpec.of("timestamp_ms", FieldType.INTERPOLATED_STRING, null, "Record timestamp in milliseconds.")
                        .asAdvanced(),
                FieldSpec.of("max_in_flight", FieldType.INT, maxInFlight, "Accepted; records are sent as they come."),
                FieldSpec.of("partitioner", FieldType.STRING, null, "How records are spread over partitions.")
                        .options("murmur2_hash", "round_robin", "least_backup", "manual").asAdvanced(),
                FieldSpec.of("rack_id", FieldType.STRING, "", "Deprecated; unused.").asAdvanced(),
                FieldSpec.of("idempotent_write", FieldType.BOOL, true, "Idempotent producer.").asAdvanced(),
                FieldSpec.of("acks", FieldType.STRING, "all", "Acknowledgements the broker waits for.")
                        .options("all", "leader", "none").asAdvanced(),
                FieldSpec.of("compression", FieldType.STRING, null, "Compression codec.")
                        .options("lz4", "snappy", "gzip", "none", "zstd").asAdvanced(),
                FieldSpec.of("allow_auto_topic_creation", FieldType.BOOL, true, "Accepted for compatibility.")
                        .asAdvanced(),
                FieldSpec.of("timeout", FieldType.DURATION, "10s", "Produce request timeout.").asAdvanced(),
                FieldSpec.of("max_message_bytes", FieldType.STRING, "1MiB", "Largest batch of records sent.")
                        .asAdvanced(),
                FieldSpec.of("broker_write_max_bytes", FieldType.STRING, "100MiB", "Accepted for compatibility.")
                        .asAdvanced(),
                FieldSpec.of("max_buffered_records", FieldType.INT, 10000L, "Accepted for compatibility.").asAdvanced(),
                FieldSpec.of("max_buffered_bytes", FieldType.STRING, "0", "Accepted for compatibility.").asAdvanced(),
                FieldSpec.of("max_in_flight_requests", FieldType.INT, 1L, "Produce requests in flight per broker.")
                        .asAdvanced(),
                FieldSpec.of("record_retries", FieldType.INT, 0L, "Retries of a record; 0 retries forever.").asAdvanced(),
                FieldSpec.of("record_delivery_timeout", FieldType.DURATION, "0s",
                        "Give up on a record after this long; 0s never.").asAdvanced(),
                FieldSpec.of("inject_tracing_map", FieldType.BLOBLANG, null, "Tracing is not supported; rejected when set.")
                        .asAdvanced());
    }

    /** The top-level {@code redpanda} block: the connection the {@code redpanda*} components fall back on. */
    public static FieldSpec topLevelBlock() {
        List<FieldSpec> fields = new ArrayList<>(connection(false));
        fields.add(FieldSpec.of("pipeline_id", FieldType.STRING, "", "Accepted for compatibility.").asAdvanced());
        fields.add(FieldSpec.of("logs_topic", FieldType.STRING, "", "Not supported: logs are not sent to Kafka.")
                .asAdvanced());
        fields.add(FieldSpec.of("logs_level", FieldType.STRING, "info", "Accepted for compatibility.").asAdvanced());
        fields.add(FieldSpec.of("status_topic", FieldType.STRING, "", "Not supported: status is not sent to Kafka.")
                .asAdvanced());
        return FieldSpec.object("redpanda", "The connection shared by the redpanda components that omit seed_brokers.",
                fields.toArray(FieldSpec[]::new)).asAdvanced();
    }

    /** {@code a} then {@code b}. */
    public static List<FieldSpec> concat(List<FieldSpec> a, List<FieldSpec> b) {
        List<FieldSpec> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
