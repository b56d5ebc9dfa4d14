package io.camelbenthos.kafka;

import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.RoundRobinPartitioner;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Maps a Benthos {@code kafka} output config onto a camel-kafka producer endpoint URI (plus the record preparer's
 * settings). Every option is in the URI, so the route model stays exportable.
 *
 * <p>Retries: Benthos re-sends a failed write with exponential backoff until {@code backoff.max_elapsed_time}, then
 * nacks. The Java client does the same inside the producer: {@code retries} ({@code max_retries}, 0 = unbounded),
 * exponential {@code retry.backoff.ms} (100 ms, Sarama's own first retries) up to {@code retry.backoff.max.ms}
 * ({@code max_interval}) and {@code delivery.timeout.ms} ({@code max_elapsed_time}), after which the send callback
 * fails and the exchange fails. {@code max.block.ms} bounds the
 * wait for metadata when no broker is reachable, by the same elapsed limit.
 *
 * <p>The producer starts lazily, on the first message: until a broker answers, the output's
 * {@link KafkaConnectionGate} holds messages, and the route must start without a broker (Benthos connects in the
 * background, retrying).
 *
 * <p>Batching is not the producer's: {@code linger.ms}/{@code batch.size} cannot express {@code count} or
 * {@code check}, and would send a record before its batch is complete. The output's
 * {@link io.camelbenthos.components.outputs.BatchPolicyStep} holds messages until the batch is complete, so the
 * producer keeps the client defaults and sends each released record at once.
 */
public final class KafkaProducerUri {
    /** Path of the endpoint when the topic is interpolated: never used, the override header always wins. */
    static final String INTERPOLATED_TOPIC_PLACEHOLDER = "benthos-interpolated-topic";
    private static final int IDEMPOTENT_MAX_IN_FLIGHT = 5;
    private static final long SARAMA_RETRY_BACKOFF_MS = 100;

    private final String uri;
    private final KafkaRecordPreparer preparer;

    private KafkaProducerUri(String uri, KafkaRecordPreparer preparer) {
        this.uri = uri;
        this.preparer = preparer;
    }

    /** Validates and maps the config; problems are reported as {@link ConfigException} at the field's position. */
    public static KafkaProducerUri from(ComponentConfig config) {
        // The client logs its whole config at INFO on creation; Benthos prints nothing of the kind.
        KafkaLogging.quietenUnlessConfigured();
        rejectUnsupported(config);
        Template topic = Template.of(config.string("topic"));
        Map<String, String> options = new LinkedHashMap<>();
        options.put("brokers", String.join(",", addresses(config)));
        options.put("clientId", config.string("client_id"));
        options.put("keySerializer", ByteArraySerializer.class.getName());
        options.put("valueSerializer", ByteArraySerializer.class.getName());
        options.put("compressionCodec", config.string("compression"));
        options.put("requestRequiredAcks", acks(config));
        // camel-kafka only passes enableIdempotence when true, and the client's default is true: say false too.
        options.put("additionalProperties.enable.idempotence", String.valueOf(config.bool("idempotent_write")));
        options.put("maxInFlightRequest", String.valueOf(maxInFlight(config)));
        options.put("maxRequestSize", String.valueOf(config.integer("max_msg_bytes")));
        partitioner(config).ifPresent(p -> options.put("partitioner", p));
        retriesAndTimeouts(config, options);
        KafkaSecurityOptions.apply(config, options);
        // The client cannot even be constructed for an unresolvable address: create it on the first message, which
        // the output's KafkaConnectionGate lets through only once a broker answered, not when the route starts.
        options.put("lazyStartProducer", "true");

        KafkaRecordPreparer preparer = new KafkaRecordPreparer();
        if (!topic.isStatic()) {
            preparer.setTopic(config.string("topic"));
        }
        preparer.setKey(config.string("key"));
        if ("manual".equals(config.string("partitioner"))) {
            preparer.setPartition(config.string("partition"));
        }
        timestamp(config, preparer);
        preparer.setExcludePrefixes(config.object("metadata").stringList("exclude_prefixes"));
        if (config.isSet("static_headers")) {
            preparer.setStaticHeaders(config.stringMap("static_headers"));
        }
        String path = topic.isStatic() ? topic.literal() : INTERPOLATED_TOPIC_PLACEHOLDER;
        return new KafkaProducerUri("kafka:" + path + "?" + query(options), preparer);
    }

    /**
     * The {@code kafka_franz} / {@code redpanda} outputs on the same producer: franz-go's names and defaults mapped
     * onto the Java client. {@code connection} holds {@code seed_brokers}, {@code client_id}, {@code tls} and
     * {@code sasl}: the output itself, or the top-level {@code redpanda} block.
     */
    public static KafkaProducerUri fromFranz(ComponentConfig config, ComponentConfig connection) {
        KafkaLogging.quietenUnlessConfigured();
        if (config.isSet("inject_tracing_map")) {
            throw new ConfigException(config.position("inject_tracing_map"),
                    config.type() + ": inject_tracing_map is not supported");
        }
        Template topic = Template.of(config.string("topic"));
        Map<String, String> options = new LinkedHashMap<>();
        List<String> seeds = connection.isSet("seed_brokers") ? connection.stringList("seed_brokers") : List.of();
        options.put("brokers", String.join(",", brokers(seeds, connection)));
        options.put("clientId", connection.string("client_id"));
        options.put("keySerializer", ByteArraySerializer.class.getName());
        options.put("valueSerializer", ByteArraySerializer.class.getName());
        options.put("compressionCodec", config.isSet("compression") ? config.string("compression") : "none");
        String acks = switch (config.string("acks")) {
            case "leader" -> "1";
            case "none" -> "0";
            default -> "all";
        };
        boolean idempotent = config.bool("idempotent_write");
        if (idempotent && !acks.equals("all")) {
            throw new ConfigException(config.position("idempotent_write"),
                    config.type() + ": idempotent_write requires acks: all");
        }
        options.put("requestRequiredAcks", acks);
        options.put("additionalProperties.enable.idempotence", String.valueOf(idempotent));
        long requests = config.integer("max_in_flight_requests");
        if (requests < 1) {
            throw new ConfigException(config.position("max_in_flight_requests"),
                    config.type() + ": max_in_flight_requests must be at least 1");
        }
        options.put("maxInFlightRequest", String.valueOf(idempotent ? Math.min(requests, IDEMPOTENT_MAX_IN_FLIGHT) : requests));
        options.put("maxRequestSize", String.valueOf(bytes(config, "max_message_bytes")));
        boolean manual = "manual".equals(config.isSet("partitioner") ? config.string("partitioner") : "");
        if (manual != config.isSet("partition")) {
            throw new ConfigException(config.position(manual ? "partitioner" : "partition"),
                    config.type() + ": partition must be set when, and only when, partitioner is manual");
        }
        if (config.isSet("partitioner")) {
            switch (config.string("partitioner")) {
                case "murmur2_hash" -> options.put("partitioner", Murmur2HashPartitioner.class.getName());
                case "round_robin" -> options.put("partitioner", RoundRobinPartitioner.class.getName());
                default -> { } // manual: the partition header decides; least_backup: the client's default
            }
        }
        long retries = config.integer("record_retries");
        options.put("retries", String.valueOf(retries <= 0 ? Integer.MAX_VALUE : Math.min(retries, Integer.MAX_VALUE)));
        options.put("retryBackoffMs", String.valueOf(SARAMA_RETRY_BACKOFF_MS));
        long requestTimeout = config.duration("timeout").toMillis();
        options.put("requestTimeoutMs", String.valueOf(requestTimeout));
        long delivery = config.duration("record_delivery_timeout").toMillis();
        // franz-go: no delivery timeout means records are retried forever and a write blocks while brokers are down
        options.put("deliveryTimeoutMs", String.valueOf(delivery <= 0 ? Integer.MAX_VALUE
                : Math.min(Math.max(delivery, requestTimeout), Integer.MAX_VALUE)));
        options.put("maxBlockMs", String.valueOf(delivery <= 0 ? Integer.MAX_VALUE : Math.min(delivery, Integer.MAX_VALUE)));
        KafkaSecurityOptions.apply(connection.object("tls"), FranzSasl.of(connection), FranzSasl.user(connection), options);
        options.put("lazyStartProducer", "true");

        KafkaRecordPreparer preparer = new KafkaRecordPreparer();
        if (!topic.isStatic()) {
            preparer.setTopic(config.string("topic"));
        }
        preparer.setKey(config.isSet("key") ? config.string("key") : "");
        if (manual) {
            preparer.setPartition(config.string("partition"));
        }
        if (config.isSet("timestamp") && config.isSet("timestamp_ms")) {
            throw new ConfigException(config.position("timestamp"), "cannot specify both timestamp and timestamp_ms fields");
        }
        if (config.isSet("timestamp_ms")) {
            preparer.setTimestampMs(config.string("timestamp_ms"));
        } else if (config.isSet("timestamp")) {
            preparer.setTimestampSeconds(config.string("timestamp"));
        }
        preparer.setIncludeOnly(true);
        if (config.isSet("metadata")) {
            preparer.setIncludePrefixes(config.object("metadata").stringList("include_prefixes"));
            preparer.setIncludePatterns(config.object("metadata").stringList("include_patterns"));
        }
        String path = topic.isStatic() ? topic.literal() : INTERPOLATED_TOPIC_PLACEHOLDER;
        return new KafkaProducerUri("kafka:" + path + "?" + query(options), preparer);
    }

    private static List<String> brokers(List<String> items, ComponentConfig config) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            for (String part : item.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        if (out.isEmpty()) {
            throw new ConfigException(config.position("seed_brokers"),
                    config.type() + ": seed_brokers must list at least one broker");
        }
        return out;
    }

    /** A human byte size as Redpanda Connect reads it ({@code 1MiB}, {@code 1MB}, {@code 512}). */
    static long bytes(ComponentConfig config, String field) {
        String text = config.string(field).trim();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)([0-9.]+)\\s*([kmgt]?i?b?)").matcher(text);
        if (!m.matches()) {
            throw new ConfigException(config.position(field), config.type() + ": " + field + " is not a byte size: " + text);
        }
        String unit = m.group(2).toLowerCase(java.util.Locale.ROOT);
        long base = unit.contains("i") ? 1024 : 1000;
        int power = unit.isEmpty() || unit.equals("b") ? 0 : "kmgt".indexOf(unit.charAt(0)) + 1;
        return (long) (Double.parseDouble(m.group(1)) * Math.pow(base, power));
    }

    /** The camel-kafka endpoint URI, e.g. {@code kafka:foo_topic?brokers=localhost:9092&...}. */
    public String uri() {
        return uri;
    }

    /** The step that sets topic/key/partition overrides and the record headers. */
    public KafkaRecordPreparer recordPreparer() {
        return preparer;
    }

    private static List<String> addresses(ComponentConfig config) {
        List<String> out = new ArrayList<>();
        for (String item : config.stringList("addresses")) {
            for (String part : item.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        if (out.isEmpty()) {
            throw new ConfigException(config.position("addresses"), "kafka: at least one address is required");
        }
        return out;
    }

    private static String acks(ComponentConfig config) {
        boolean all = config.bool("ack_replicas");
        if (config.bool("idempotent_write") && !all) {
            // The Java client (like Sarama) refuses idempotence unless every in-sync replica acks.
            throw new ConfigException(config.position("idempotent_write"),
                    "kafka: idempotent_write requires ack_replicas: true");
        }
        return all ? "all" : "1";
    }

    private static long maxInFlight(ComponentConfig config) {
        long n = config.integer("max_in_flight");
        if (n < 1) {
            throw new ConfigException(config.position("max_in_flight"), "kafka: max_in_flight must be at least 1");
        }
        // Idempotence keeps ordering only with at most 5 requests in flight; the client rejects more.
        return config.bool("idempotent_write") ? Math.min(n, IDEMPOTENT_MAX_IN_FLIGHT) : n;
    }

    private static Optional<String> partitioner(ComponentConfig config) {
        String name = config.string("partitioner");
        boolean hasPartition = !config.string("partition").isEmpty();
        if ("manual".equals(name) != hasPartition) {
            throw new ConfigException(config.position(hasPartition ? "partition" : "partitioner"),
                    "kafka: partition must be set when, and only when, partitioner is manual");
        }
        return switch (name) {
            case "fnv1a_hash" -> Optional.of(Fnv1aHashPartitioner.class.getName());
            case "murmur2_hash" -> Optional.of(Murmur2HashPartitioner.class.getName());
            case "random" -> Optional.of(RandomPartitioner.class.getName());
            case "round_robin" -> Optional.of(RoundRobinPartitioner.class.getName());
            // manual: the partition header decides, the partitioner is never asked.
            case "manual" -> Optional.empty();
            default -> throw new ConfigException(config.position("partitioner"),
                    "kafka: unknown partitioner: " + name);
        };
    }

    private static void retriesAndTimeouts(ComponentConfig config, Map<String, String> options) {
        ComponentConfig backoff = config.object("backoff");
        long requestTimeout = millis(config.duration("timeout"));
        long maxElapsed = millis(backoff.duration("max_elapsed_time"));
        long retries = config.integer("max_retries");
        options.put("retries", String.valueOf(retries <= 0 ? Integer.MAX_VALUE : Math.min(retries, Integer.MAX_VALUE)));
        // Sarama retries a failed produce itself (3 times, 100 ms apart) before Benthos's backoff starts; the Java
        // client uses retry.backoff.ms for metadata refreshes too, so a 3 s start would stall every first write to
        // a freshly auto-created topic. Start at Sarama's 100 ms and grow exponentially to max_interval.
        options.put("retryBackoffMs", String.valueOf(Math.min(SARAMA_RETRY_BACKOFF_MS,
                millis(backoff.duration("initial_interval")))));
        options.put("retryBackoffMaxMs", String.valueOf(millis(backoff.duration("max_interval"))));
        options.put("requestTimeoutMs", String.valueOf(requestTimeout));
        // Benthos: max_elapsed_time 0 retries forever. The client insists delivery >= linger (0) + request timeout.
        long delivery = maxElapsed <= 0 ? Integer.MAX_VALUE : Math.max(maxElapsed, requestTimeout);
        options.put("deliveryTimeoutMs", String.valueOf(Math.min(delivery, Integer.MAX_VALUE)));
        options.put("maxBlockMs", String.valueOf(maxElapsed <= 0 ? Integer.MAX_VALUE : Math.min(maxElapsed, Integer.MAX_VALUE)));
    }

    private static void timestamp(ComponentConfig config, KafkaRecordPreparer preparer) {
        if (config.isSet("timestamp") && config.isSet("timestamp_ms")) {
            throw new ConfigException(config.position("timestamp"), "kafka: cannot set both timestamp and timestamp_ms");
        }
        if (config.isSet("timestamp_ms")) {
            preparer.setTimestampMs(config.string("timestamp_ms"));
        } else if (config.isSet("timestamp")) {
            preparer.setTimestampSeconds(config.string("timestamp"));
        }
    }

    private static void rejectUnsupported(ComponentConfig config) {
        if (config.object("custom_topic_creation").bool("enabled")) {
            throw new ConfigException(config.position("custom_topic_creation"),
                    "kafka: custom_topic_creation is not supported; topics are created by the broker on first write");
        }
        if (config.isSet("inject_tracing_map")) {
            throw new ConfigException(config.position("inject_tracing_map"), "kafka: inject_tracing_map is not supported");
        }
    }

    private static long millis(Duration d) {
        return d.toMillis();
    }

    /** Camel URI query; values that are not plain tokens go in RAW() so nothing is re-encoded or split. */
    static String query(Map<String, String> options) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : options.entrySet()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(e.getKey()).append('=').append(rawIfNeeded(e.getValue()));
        }
        return sb.toString();
    }

    private static String rawIfNeeded(String value) {
        if (value.matches("[A-Za-z0-9._:,/\\-]*")) {
            return value;
        }
        // Camel drops line breaks from an endpoint URI, even inside RAW() (and percent-encoding fails too: it decodes
        // '+' twice, into a space). The only multi-line values are PEM texts, and the Kafka client's PEM parser needs
        // only whitespace between the armour lines and the base64, so a space stands in for each line break.
        String oneLine = value.replaceAll("\r?\n|\r", " ");
        return oneLine.indexOf(')') < 0 ? "RAW(" + oneLine + ")" : "RAW{" + oneLine + "}";
    }
}
