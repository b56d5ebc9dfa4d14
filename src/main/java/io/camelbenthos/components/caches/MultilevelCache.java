package io.camelbenthos.components.caches;

import io.camelbenthos.cache.Cache;
import io.camelbenthos.cache.MultilevelStore;
import io.camelbenthos.components.CacheComponent;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.List;

/**
 * {@code multilevel: [hot, cold]}: other cache resources as levels (see {@link MultilevelStore}). The levels are
 * checked to exist at lint time and built first; a cache that is a level of itself is a config error.
 */
public final class MultilevelCache implements CacheComponent {
    private static final ComponentSpec SPEC = ComponentSpec.ofValue("multilevel", ComponentKind.CACHE,
            "Combines multiple caches as levels, performing read-through and write-through operations across them.",
            FieldType.CACHE_LABEL_LIST, null);

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public Cache create(ComponentConfig config, TranslationContext context) {
        List<String> labels = config.stringList("multilevel");
        if (labels.size() < 2) {
            throw new ConfigException(config.position("multilevel"),
                    "expected at least two cache levels, found " + labels.size());
        }
        MultilevelStore store = new MultilevelStore();
        store.setLevels(labels.stream().map(context::cacheBean).toList());
        return store;
    }
}
