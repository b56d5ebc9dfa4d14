package io.camelbenthos.components.outputs;

import io.camelbenthos.camel.ClientEndpointProbe;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.redis.RedisUri;
import org.apache.camel.model.ProcessorDefinition;

/** Benthos's {@code redis_pubsub} output (connectors reference §4.7): PUBLISH per message, pipelined. */
public final class RedisPubsubOutput implements OutputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("redis_pubsub", ComponentKind.OUTPUT, "stable",
            "Publishes messages through the Redis PubSub model. It is not possible to guarantee that messages have "
                    + "been received.",
            RedisUri.withClientFields(
                    FieldSpec.required("channel", FieldType.INTERPOLATED_STRING, "The channel to publish messages to."),
                    RedisOutputs.maxInFlight(),
                    RedisOutputs.batching()));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        RedisUri uri = RedisOutputs.uri(config, context, "redis_pubsub").option("channel", config.string("channel"));
        return RedisOutputs.append(uri, config, tail, context);
    }

    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return new ClientEndpointProbe();
    }
}
