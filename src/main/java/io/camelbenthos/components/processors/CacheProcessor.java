package io.camelbenthos.components.processors;

import io.camelbenthos.cache.TtlField;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/**
 * The {@code cache} processor (processors reference §4): one operation against a cache resource per message, with
 * Benthos's error texts; a failure flags the message and leaves it unchanged. See {@link CacheStep}.
 */
public final class CacheProcessor implements ProcessorComponent {
    static final List<String> OPERATORS = List.of("set", "add", "get", "delete", "exists");

    private static final ComponentSpec SPEC = new ComponentSpec("cache", ComponentKind.PROCESSOR, "stable",
            "Performs operations against a cache resource for each message, allowing you to store or retrieve data "
                    + "within message payloads.",
            List.of(
                    FieldSpec.required("resource", FieldType.CACHE_LABEL,
                            "The cache resource to target with this processor."),
                    FieldSpec.required("operator", FieldType.STRING, "The operation to perform with the cache.")
                            .options(OPERATORS.toArray(String[]::new)),
                    FieldSpec.required("key", FieldType.INTERPOLATED_STRING, "A key to use with the cache."),
                    FieldSpec.of("value", FieldType.INTERPOLATED_STRING, null,
                            "A value to use with the cache (when applicable); empty when unset, not the message."),
                    FieldSpec.of("ttl", FieldType.INTERPOLATED_STRING, null,
                            "The TTL of each individual item as a duration string. Not all caches support per-key "
                                    + "TTLs; those that do not fall back to their generally configured TTL setting.")
                            .asAdvanced()));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        String resource = config.string("resource");
        if (resource.isEmpty()) {
            throw new ConfigException(config.position("resource"), "cache name must be specified");
        }
        String operator = config.string("operator");
        if (!OPERATORS.contains(operator)) {
            // lint accepts enum values in any case; Benthos's constructor does not
            throw new ConfigException(config.position("operator"), "operator not recognised: " + operator);
        }
        String ttl = config.isSet("ttl") ? config.string("ttl") : "";
        TtlField.checkLiteral(config, ttl, "ttl must be a duration: ", true);
        CacheStep step = new CacheStep();
        step.setCacheRef(context.cacheBean(resource));
        step.setOperator(operator);
        step.setKey(config.string("key"));
        step.setValue(config.isSet("value") ? config.string("value") : "");
        step.setTtl(ttl);
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
