package io.camelbenthos.components.outputs;

import io.camelbenthos.cache.TtlField;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/**
 * The {@code cache} output (connectors reference §9.4): each message's content is {@code set} in a cache resource
 * under its interpolated key; a failure is the nack. See {@link CacheOutputStep}.
 */
public final class CacheOutput implements OutputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("cache", ComponentKind.OUTPUT, "stable",
            "Stores each message in a cache.",
            List.of(
                    FieldSpec.required("target", FieldType.CACHE_LABEL, "The target cache to store messages in."),
                    FieldSpec.of("key", FieldType.INTERPOLATED_STRING, "${!count(\"items\")}-${!timestamp_unix_nano()}",
                            "The key to store messages by, function interpolation should be used in order to derive "
                                    + "a unique key for each message."),
                    FieldSpec.of("ttl", FieldType.INTERPOLATED_STRING, null,
                            "The TTL of each individual item as a duration string. Not all caches support per-key "
                                    + "TTLs; those that do not fall back to their generally configured TTL setting.")
                            .asAdvanced(),
                    FieldSpec.of("max_in_flight", FieldType.INT, 64L,
                            "The maximum number of messages to have in flight at a given time.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        if (config.integer("max_in_flight") < 1) {
            throw new ConfigException(config.position("max_in_flight"), "max_in_flight must be at least 1");
        }
        String ttl = config.isSet("ttl") ? config.string("ttl") : "";
        TtlField.checkLiteral(config, ttl, "ttl field: ", true);
        CacheOutputStep step = new CacheOutputStep();
        step.setCacheRef(context.cacheBean(config.string("target")));
        step.setKey(config.string("key"));
        step.setTtl(ttl);
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
