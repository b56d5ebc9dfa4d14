package io.camelbenthos.components.inputs;

import io.camelbenthos.camel.ClientEndpointProbe;
import io.camelbenthos.components.ClientEndpointSteps;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.InputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.redis.RedisUri;

/**
 * Benthos's {@code redis_streams} input (connectors reference §4.4): a {@code benthos-redis} consumer reading a
 * consumer group; each entry is XACKed only after the output acked it.
 */
public final class RedisStreamsInput implements InputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("redis_streams", ComponentKind.INPUT, "stable",
            "Pulls messages from Redis (v5.0+) streams with the XREADGROUP command. The `client_id` should be unique "
                    + "for each consumer of a group.",
            RedisUri.withClientFields(
                    FieldSpec.of("body_key", FieldType.STRING, "body", "The field key to extract the raw message from. "
                            + "All other keys will be stored in the message as metadata."),
                    FieldSpec.required("streams", FieldType.STRING_LIST, "A list of streams to consume from."),
                    FieldSpec.of("auto_replay_nacks", FieldType.BOOL, true, "Whether messages that are rejected "
                            + "(nacked) at the output level should be automatically replayed indefinitely."),
                    FieldSpec.of("limit", FieldType.INT, 10L, "The maximum number of messages to consume from a "
                            + "single request."),
                    FieldSpec.of("client_id", FieldType.STRING, "", "An identifier for the client connection (empty: "
                            + "this host's name, stable across restarts)."),
                    FieldSpec.of("consumer_group", FieldType.STRING, "", "An identifier for the consumer group of "
                            + "the stream."),
                    FieldSpec.of("create_streams", FieldType.BOOL, true, "Create subscribed streams if they do not "
                            + "exist (MKSTREAM option).").asAdvanced(),
                    FieldSpec.of("start_from_oldest", FieldType.BOOL, true, "If an offset is not found for a stream, "
                            + "determines whether to consume from the oldest available offset, otherwise messages are "
                            + "consumed from the latest offset.").asAdvanced(),
                    FieldSpec.of("commit_period", FieldType.DURATION, "1s", "The period of time between each commit "
                            + "of the current offset. Offsets are always committed during shutdown.").asAdvanced(),
                    FieldSpec.of("timeout", FieldType.DURATION, "1s", "The length of time to poll for new messages "
                            + "before reattempting.").asAdvanced()));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public void translate(ComponentConfig config, TranslationContext context) {
        if (config.stringList("streams").isEmpty()) {
            throw new ConfigException(config.position("streams"), "must specify at least one stream");
        }
        if (config.string("consumer_group").isEmpty()) {
            throw new ConfigException(config.position("consumer_group"),
                    "redis_streams: consumer_group must be set (XREADGROUP needs a group)");
        }
        if (config.integer("limit") <= 0) {
            throw new ConfigException(config.position("limit"), "limit must be larger than zero");
        }
        String id = context.stepId(null);
        String clientId = config.string("client_id");
        RedisUri uri = new RedisUri(id, "redis_streams").client(config)
                .indexed("stream.", config.stringList("streams"))
                .option("consumerGroup", config.string("consumer_group"))
                .option("clientId", clientId.isEmpty() ? hostName() : clientId)
                .optionUnlessDefault("bodyKey", config.string("body_key"), "body")
                .optionUnlessDefault("limit", config.integer("limit"), 10L)
                .optionUnlessDefault("createStreams", config.bool("create_streams"), true)
                .optionUnlessDefault("startFromOldest", config.bool("start_from_oldest"), true)
                .optionUnlessDefault("commitPeriod", config.duration("commit_period").toMillis(), 1000L)
                .option("timeout", config.duration("timeout").toMillis())
                .optionUnlessDefault("autoReplayNacks", config.bool("auto_replay_nacks"), true);
        ClientEndpointSteps.addInputRoute(uri.toString(), id, config, context);
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "camel-benthos";
        }
    }

    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return new ClientEndpointProbe();
    }
}
