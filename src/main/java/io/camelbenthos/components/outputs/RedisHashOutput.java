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
import java.util.Map;
import org.apache.camel.model.ProcessorDefinition;

/**
 * Benthos's {@code redis_hash} output (connectors reference §4.9): one HSET per message, the fields from the metadata
 * ({@code walk_metadata}), the top-level keys of the JSON body ({@code walk_json_object}), then {@code fields}.
 */
public final class RedisHashOutput implements OutputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("redis_hash", ComponentKind.OUTPUT, "stable",
            "Sets Redis hash objects using the HMSET command.",
            RedisUri.withClientFields(
                    FieldSpec.required("key", FieldType.INTERPOLATED_STRING, "The key for each message, function "
                            + "interpolations should be used to create a unique key per message."),
                    FieldSpec.of("walk_metadata", FieldType.BOOL, false,
                            "Whether all metadata fields of messages should be walked and added to the list of hash "
                                    + "fields to set."),
                    FieldSpec.of("walk_json_object", FieldType.BOOL, false,
                            "Whether to walk each message as a JSON object and add each key/value pair to the list "
                                    + "of hash fields to set."),
                    FieldSpec.of("fields", FieldType.INTERPOLATED_MAP, Map.of(), "A map of key/value pairs to set as "
                            + "hash fields."),
                    RedisOutputs.maxInFlight()));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        RedisUri uri = RedisOutputs.uri(config, context, "redis_hash").option("key", config.string("key"))
                .optionUnlessDefault("walkMetadata", config.bool("walk_metadata"), false)
                .optionUnlessDefault("walkJsonObject", config.bool("walk_json_object"), false)
                .ordered("field.", config.stringMap("fields"));
        return RedisOutputs.append(uri, config, tail, context);
    }

    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return new ClientEndpointProbe();
    }
}
