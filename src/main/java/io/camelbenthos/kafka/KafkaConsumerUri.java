package io.camelbenthos.kafka;

import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the config of a Benthos Kafka input ({@code kafka}, {@code kafka_franz}, {@code redpanda},
 * {@code redpanda_common}) onto a {@code benthos-kafka:} endpoint URI, checking Benthos's lint rules on the way.
 * Every setting is in the URI, so the route stays exportable.
 */
public final class KafkaConsumerUri {
    private KafkaConsumerUri() {
    }

    /** The Sarama-based {@code kafka} input. */
    public static String forKafka(ComponentConfig config) {
        KafkaLogging.quietenUnlessConfigured();
        KafkaTopics topics = topics(config, false);
        if (topics.isBalanced() && config.string("consumer_group").isEmpty()) {
            throw new ConfigException(config.position("consumer_group"),
                    "a consumer group must be specified when consuming balanced topics");
        }
        Map<String, String> options = new LinkedHashMap<>();
        options.put("brokers", String.join(",", split(config.stringList("addresses"), config, "addresses")));
        options.put("clientId", config.string("client_id"));
        options.put("consumerGroup", config.string("consumer_group"));
        optional(options, "instanceId", config.isSet("instance_id") ? config.string("instance_id") : "");
        optional(options, "rackId", config.string("rack_id"));
        options.put("startOffset", config.bool("start_from_oldest") ? "earliest" : "latest");
        options.put("checkpointLimit", String.valueOf(config.integer("checkpoint_limit")));
        options.put("commitPeriodMs", String.valueOf(config.duration("commit_period").toMillis()));
        options.put("autoReplayNacks", String.valueOf(config.bool("auto_replay_nacks")));
        options.put("multiHeader", String.valueOf(config.bool("multi_header")));
        ComponentConfig group = config.object("group");
        options.put("sessionTimeoutMs", String.valueOf(group.duration("session_timeout").toMillis()));
        options.put("heartbeatIntervalMs", String.valueOf(group.duration("heartbeat_interval").toMillis()));
        options.put("rebalanceTimeoutMs", String.valueOf(group.duration("rebalance_timeout").toMillis()));
        options.put("componentType", "kafka");
        KafkaSecurityOptions.apply(config, options);
        return uri(topics, options);
    }

    /**
     * The franz-based inputs. {@code connection} holds the connection fields ({@code seed_brokers}, {@code client_id},
     * {@code tls}, {@code sasl}): the input itself, or the top-level {@code redpanda} block.
     *
     * @param checkpointLimit messages of a partition in flight ({@code redpanda}'s ordered mode: 1)
     */
    public static String forFranz(ComponentConfig config, ComponentConfig connection, long checkpointLimit) {
        KafkaLogging.quietenUnlessConfigured();
        String group = config.isSet("consumer_group") ? config.string("consumer_group") : "";
        Map<String, String> options = new LinkedHashMap<>();
        KafkaTopics topics = franzTopics(config, group, options);
        List<String> seeds = connection.isSet("seed_brokers") ? connection.stringList("seed_brokers") : List.of();
        options.put("brokers", String.join(",", split(seeds, connection, "seed_brokers")));
        options.put("clientId", connection.string("client_id"));
        options.put("consumerGroup", group);
        optional(options, "instanceId", config.string("instance_id"));
        optional(options, "rackId", config.string("rack_id"));
        options.put("startOffset", startOffset(config));
        options.put("checkpointLimit", String.valueOf(checkpointLimit));
        options.put("commitPeriodMs", String.valueOf(config.duration("commit_period").toMillis()));
        options.put("autoReplayNacks", String.valueOf(config.bool("auto_replay_nacks")));
        if (config.declares("multi_header")) {
            options.put("multiHeader", String.valueOf(config.bool("multi_header")));
        }
        options.put("headersLast", "true");
        options.put("lagMetadata", String.valueOf(!group.isEmpty())); // franz: group lag, only with a group
        options.put("explicitOffsets", "true");
        options.put("sessionTimeoutMs", String.valueOf(config.duration("session_timeout").toMillis()));
        options.put("heartbeatIntervalMs", String.valueOf(config.duration("heartbeat_interval").toMillis()));
        options.put("rebalanceTimeoutMs", String.valueOf(config.duration("rebalance_timeout").toMillis()));
        options.put("isolationLevel", config.string("transaction_isolation_level"));
        options.put("componentType", config.type());
        KafkaSecurityOptions.apply(connection.object("tls"), FranzSasl.of(connection), FranzSasl.user(connection),
                options);
        return uri(topics, options);
    }

    private static KafkaTopics franzTopics(ComponentConfig config, String group, Map<String, String> options) {
        boolean hasTopics = config.isSet("topics") && !config.stringList("topics").isEmpty();
        List<String> include = config.isSet("regexp_topics_include") ? config.stringList("regexp_topics_include")
                : List.of();
        boolean legacyRegexp = config.bool("regexp_topics");
        if (hasTopics && !include.isEmpty()) {
            throw new ConfigException(config.position("regexp_topics_include"),
                    "cannot specify both topics and regexp_topics_include");
        }
        if (!hasTopics && include.isEmpty()) {
            throw new ConfigException(config.position(), "either topics or regexp_topics_include must be specified");
        }
        List<String> exclude = config.isSet("regexp_topics_exclude") ? config.stringList("regexp_topics_exclude")
                : List.of();
        if (!include.isEmpty() || legacyRegexp) {
            List<String> patterns = include.isEmpty() ? split(config.stringList("topics"), config, "topics") : include;
            if (group.isEmpty()) {
                throw new ConfigException(config.position(),
                        "a consumer group is mandatory when not using explicit topic partitions");
            }
            options.put("topicPattern", pattern(patterns, exclude));
            return new KafkaTopics(List.of(), Map.of());
        }
        if (!exclude.isEmpty()) {
            throw new ConfigException(config.position("regexp_topics_exclude"),
                    "regexp_topics_exclude can only be used with regexp_topics_include");
        }
        KafkaTopics topics = topics(config, true);
        if (!topics.isBalanced() && !group.isEmpty()) {
            throw new ConfigException(config.position("consumer_group"),
                    "this input does not support both a consumer group and explicit topic partitions");
        }
        if (topics.isBalanced() && group.isEmpty()) {
            throw new ConfigException(config.position(),
                    "a consumer group is mandatory when not using explicit topic partitions");
        }
        return topics;
    }

    /**
     * Go's {@code regexp.MatchString} finds a pattern anywhere in the name; the Java client matches the whole name,
     * so each pattern is wrapped in {@code .*}, and the excluded ones become a negative look-ahead.
     */
    static String pattern(List<String> include, List<String> exclude) {
        String inc = ".*(?:" + String.join("|", include) + ").*";
        return exclude.isEmpty() ? inc : "(?!.*(?:" + String.join("|", exclude) + "))" + inc;
    }

    private static String startOffset(ComponentConfig config) {
        String offset = config.string("start_offset");
        if (config.isSet("start_from_oldest") && !config.bool("start_from_oldest")) {
            if (offset.equals("earliest")) {
                throw new ConfigException(config.position("start_from_oldest"),
                        "start_from_oldest cannot be set to false when start_offset is set to earliest");
            }
        }
        return offset;
    }

    private static KafkaTopics topics(ComponentConfig config, boolean allowOffsets) {
        KafkaTopics topics;
        try {
            topics = KafkaTopics.parse(config.stringList("topics"), allowOffsets);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(config.position("topics"), e.getMessage());
        }
        if (topics.balanced().isEmpty() && topics.explicit().isEmpty()) {
            throw new ConfigException(config.position("topics"), "must specify at least one topic in the topics field");
        }
        if (!topics.balanced().isEmpty() && !topics.explicit().isEmpty()) {
            throw new ConfigException(config.position("topics"), "it is not currently possible to include balanced "
                    + "and explicit partition topics in the same " + config.type() + " input");
        }
        return topics;
    }

    private static List<String> split(List<String> items, ComponentConfig config, String field) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            for (String part : item.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        if (out.isEmpty()) {
            throw new ConfigException(config.position(field), config.type() + ": at least one broker address is required");
        }
        return out;
    }

    private static void optional(Map<String, String> options, String name, String value) {
        if (!value.isEmpty()) {
            options.put(name, value);
        }
    }

    private static String uri(KafkaTopics topics, Map<String, String> options) {
        List<String> path = new ArrayList<>(topics.balanced());
        topics.explicit().forEach((topic, partitions) -> partitions.forEach((p, offset) ->
                path.add(topic + ":" + p + (offset == KafkaTopics.DEFAULT_OFFSET ? "" : ":" + offset))));
        String topicPath = path.isEmpty() ? "pattern" : String.join(",", path);
        return "benthos-kafka:" + topicPath + "?" + KafkaProducerUri.query(options);
    }
}
