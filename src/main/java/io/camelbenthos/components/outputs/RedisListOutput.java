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

/** Benthos's {@code redis_list} output (connectors reference §4.6): RPUSH (or LPUSH) per message, pipelined. */
public final class RedisListOutput implements OutputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("redis_list", ComponentKind.OUTPUT, "stable",
            "Pushes messages onto the end of a Redis list (which is created if it doesn't already exist) using the "
                    + "RPUSH command.",
            RedisUri.withClientFields(
                    FieldSpec.required("key", FieldType.INTERPOLATED_STRING,
                            "The key for each message, function interpolations can be optionally used to create a "
                                    + "unique key per message."),
                    RedisOutputs.maxInFlight(),
                    RedisOutputs.batching(),
                    FieldSpec.of("command", FieldType.STRING, "rpush", "The command used to push elements to the "
                            + "Redis list").options("rpush", "lpush").asAdvanced()));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        RedisUri uri = RedisOutputs.uri(config, context, "redis_list").option("key", config.string("key"))
                .optionUnlessDefault("command", config.string("command"), "rpush");
        return RedisOutputs.append(uri, config, tail, context);
    }

    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return new ClientEndpointProbe();
    }
}
