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
 * Benthos's {@code redis_pubsub} input (connectors reference §4.3): a {@code benthos-redis} consumer subscribed to
 * the channels (or patterns); fire-and-forget.
 */
public final class RedisPubsubInput implements InputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("redis_pubsub", ComponentKind.INPUT, "stable",
            "Consume from a Redis publish/subscribe channel using either the SUBSCRIBE or PSUBSCRIBE commands.",
            RedisUri.withClientFields(
                    FieldSpec.required("channels", FieldType.STRING_LIST, "A list of channels to consume from."),
                    FieldSpec.of("use_patterns", FieldType.BOOL, false, "Whether to use the PSUBSCRIBE command, "
                            + "allowing for glob-style patterns within target channel names."),
                    FieldSpec.of("auto_replay_nacks", FieldType.BOOL, true, "Whether messages that are rejected "
                            + "(nacked) at the output level should be automatically replayed indefinitely.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public void translate(ComponentConfig config, TranslationContext context) {
        if (config.stringList("channels").isEmpty()) {
            throw new ConfigException(config.position("channels"), "must specify at least one channel");
        }
        String id = context.stepId(null);
        RedisUri uri = new RedisUri(id, "redis_pubsub").client(config)
                .indexed("channel.", config.stringList("channels"))
                .optionUnlessDefault("usePatterns", config.bool("use_patterns"), false)
                .optionUnlessDefault("autoReplayNacks", config.bool("auto_replay_nacks"), true);
        ClientEndpointSteps.addInputRoute(uri.toString(), id, config, context);
    }

    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return new ClientEndpointProbe();
    }
}
