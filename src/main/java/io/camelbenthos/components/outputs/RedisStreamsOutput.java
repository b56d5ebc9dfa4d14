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
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/**
 * Benthos's {@code redis_streams} output (connectors reference §4.8): XADD per message, the metadata (minus the
 * excluded prefixes) as entry fields and the message as {@code body_key}, pipelined.
 */
public final class RedisStreamsOutput implements OutputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("redis_streams", ComponentKind.OUTPUT, "stable",
            "Pushes messages to a Redis (v5.0+) Stream (which is created if it doesn't already exist) using the XADD "
                    + "command.",
            RedisUri.withClientFields(
                    FieldSpec.required("stream", FieldType.INTERPOLATED_STRING,
                            "The stream to add messages to."),
                    FieldSpec.of("id", FieldType.INTERPOLATED_STRING, "*", "The ID of the entry; `*` lets Redis "
                            + "choose one.").asAdvanced(),
                    FieldSpec.of("body_key", FieldType.STRING, "body", "A key to set the raw body of the message to."),
                    FieldSpec.of("max_length", FieldType.INT, 0L, "When greater than zero enforces a rough cap on the "
                            + "length of the target stream."),
                    RedisOutputs.maxInFlight(),
                    FieldSpec.object("metadata", "Specify criteria for which metadata values are included in the "
                                    + "message body.",
                            FieldSpec.of("exclude_prefixes", FieldType.STRING_LIST, List.of(),
                                    "Provide a list of explicit metadata key prefixes to be excluded when adding "
                                            + "metadata to sent messages.")),
                    RedisOutputs.batching()));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        RedisUri uri = RedisOutputs.uri(config, context, "redis_streams").option("stream", config.string("stream"))
                .optionUnlessDefault("id", config.string("id"), "*")
                .optionUnlessDefault("bodyKey", config.string("body_key"), "body")
                .optionUnlessDefault("maxLength", config.integer("max_length"), 0L)
                .indexed("metadataExclude.", config.object("metadata").stringList("exclude_prefixes"));
        return RedisOutputs.append(uri, config, tail, context);
    }

    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return new ClientEndpointProbe();
    }
}
