package io.camelbenthos.components.processors;

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
 * The {@code dedupe} processor (processors reference §6): drops a message whose key is already in the cache. See
 * {@link DedupeStep}.
 */
public final class DedupeProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("dedupe", ComponentKind.PROCESSOR, "stable",
            "Deduplicates messages by storing a key value in a cache using the add operator. If the key already "
                    + "exists within the cache it is dropped.",
            List.of(
                    FieldSpec.required("cache", FieldType.CACHE_LABEL,
                            "The cache resource to target with this processor."),
                    FieldSpec.required("key", FieldType.INTERPOLATED_STRING,
                            "An interpolated string yielding the key to deduplicate by for each message."),
                    FieldSpec.of("drop_on_err", FieldType.BOOL, true,
                            "Whether messages should be dropped when the cache returns a general error such as a "
                                    + "network issue.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        String key = config.string("key");
        if (key.isEmpty()) {
            throw new ConfigException(config.position("key"), "dedupe key must not be empty");
        }
        DedupeStep step = new DedupeStep();
        step.setCacheRef(context.cacheBean(config.string("cache")));
        step.setKey(key);
        step.setDropOnErr(config.bool("drop_on_err"));
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
