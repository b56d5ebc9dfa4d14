package io.camelbenthos.components.caches;

import io.camelbenthos.cache.Cache;
import io.camelbenthos.cache.MemoryStore;
import io.camelbenthos.components.CacheComponent;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import java.util.Map;

/** The {@code memory} cache: items in memory, each expiring {@code default_ttl} after its last write ({@link MemoryStore}). */
public final class MemoryCache implements CacheComponent {
    private static final ComponentSpec SPEC = ComponentSpec.of("memory", ComponentKind.CACHE,
            "Stores key/value pairs in a map held in memory. This cache is therefore reset every time the service "
                    + "restarts. Each item in the cache has a TTL set from the moment it was last edited, after which it "
                    + "will be removed during the next compaction.",
            FieldSpec.of("default_ttl", FieldType.DURATION, "5m",
                    "The default TTL of each item. After this period an item will be eligible for removal during the "
                            + "next compaction."),
            FieldSpec.of("compaction_interval", FieldType.DURATION, "60s",
                    "The period of time to wait before each compaction, at which point expired items are removed. This "
                            + "field can be set to an empty string in order to disable compactions/expiry entirely."),
            FieldSpec.of("init_values", FieldType.STRING_MAP, Map.of(),
                    "A table of key/value pairs that should be present in the cache on initialization. This can be "
                            + "used to create static lookup tables."),
            FieldSpec.of("shards", FieldType.INT, 1L,
                    "A number of logical shards to spread keys across, increasing the shards can have a performance "
                            + "benefit when processing a large number of keys.").asAdvanced());

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public Cache create(ComponentConfig config, TranslationContext context) {
        MemoryStore store = new MemoryStore();
        store.setDefaultTtl(config.string("default_ttl"));
        store.setCompactionInterval(config.string("compaction_interval"));
        store.setInitValues(config.stringMap("init_values"));
        store.setShards((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, config.integer("shards"))));
        return store;
    }
}
