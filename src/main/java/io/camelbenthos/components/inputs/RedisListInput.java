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
import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.redis.RedisUri;

/**
 * Benthos's {@code redis_list} input (connectors reference §4.2): a {@code benthos-redis} consumer popping one
 * element per message with {@code BLPOP} / {@code BRPOP}; a nack pushes the element back (with
 * {@code auto_replay_nacks}).
 */
public final class RedisListInput implements InputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("redis_list", ComponentKind.INPUT, "stable",
            "Pops messages from the beginning of a Redis list using the BLPop command.",
            RedisUri.withClientFields(
                    FieldSpec.required("key", FieldType.STRING, "The key of a list to read from."),
                    FieldSpec.of("auto_replay_nacks", FieldType.BOOL, true, "Whether messages that are rejected "
                            + "(nacked) at the output level should be automatically replayed (here: pushed back onto "
                            + "the list) indefinitely; when false they are dropped."),
                    FieldSpec.of("max_in_flight", FieldType.INT, 0L,
                            "Optionally sets a limit on the number of messages that can be flowing through a "
                                    + "Redpanda Connect stream pending acknowledgment from the input at any given "
                                    + "time (0: up to 1024).").asAdvanced(),
                    FieldSpec.of("timeout", FieldType.DURATION, "5s", "The length of time to poll for new messages "
                            + "before reattempting.").asAdvanced(),
                    FieldSpec.of("command", FieldType.STRING, "blpop", "The command used to pop elements from the "
                            + "Redis list").options("blpop", "brpop").asAdvanced()));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public void translate(ComponentConfig config, TranslationContext context) {
        String id = context.stepId(null);
        RedisUri uri = new RedisUri(id, "redis_list").client(config).option("key", config.string("key"))
                .optionUnlessDefault("timeout", config.duration("timeout").toMillis(), 5000L)
                .optionUnlessDefault("command", config.string("command"), "blpop")
                .optionUnlessDefault("autoReplayNacks", config.bool("auto_replay_nacks"), true)
                .optionUnlessDefault("maxInFlight", config.integer("max_in_flight"), 0L);
        ClientEndpointSteps.addInputRoute(uri.toString(), id, config, context);
    }

    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return new ClientEndpointProbe();
    }
}
