package io.camelbenthos.components.caches;

import io.camelbenthos.cache.BoundedStore;
import io.camelbenthos.cache.Cache;
import io.camelbenthos.cache.LruStore;
import io.camelbenthos.components.CacheComponent;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.Map;

/**
 * The {@code lru} cache: at most {@code cap} items, TTLs ignored. {@code standard} is a strict LRU ({@link LruStore});
 * {@code arc} and {@code two_queues}, Benthos's recency-plus-frequency policies, are Caffeine's W-TinyLFU
 * ({@link BoundedStore}), so the 2Q ratios are checked but have no effect. {@code optimistic} has no effect either:
 * {@code add} is always atomic here.
 */
public final class LruCache implements CacheComponent {
    private static final String STANDARD = "standard";
    private static final String ARC = "arc";
    private static final String TWO_QUEUES = "two_queues";

    private static final ComponentSpec SPEC = ComponentSpec.of("lru", ComponentKind.CACHE,
            "Stores key/value pairs in a lru in-memory cache. This cache is therefore reset every time the service "
                    + "restarts.",
            FieldSpec.of("cap", FieldType.INT, 1000L, "The cache maximum capacity (number of entries)"),
            FieldSpec.of("init_values", FieldType.STRING_MAP, Map.of(),
                    "A table of key/value pairs that should be present in the cache on initialization. This can be "
                            + "used to create static lookup tables."),
            FieldSpec.of("algorithm", FieldType.STRING, STANDARD,
                    "the lru cache implementation (arc and two_queues are Caffeine's W-TinyLFU here)")
                    .options(STANDARD, ARC, TWO_QUEUES).asAdvanced(),
            FieldSpec.of("two_queues_recent_ratio", FieldType.FLOAT, 0.25,
                    "is the ratio of the two_queues cache dedicated to recently added entries that have only been "
                            + "accessed once (checked, no effect here).").asAdvanced(),
            FieldSpec.of("two_queues_ghost_ratio", FieldType.FLOAT, 0.5,
                    "is the default ratio of ghost entries kept to track entries recently evicted on two_queues cache "
                            + "(checked, no effect here).").asAdvanced(),
            FieldSpec.of("optimistic", FieldType.BOOL, false,
                    "If true, we do not lock on read/write events (no effect here: add is always atomic).")
                    .asAdvanced());

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public Cache create(ComponentConfig config, TranslationContext context) {
        long cap = config.integer("cap");
        if (cap <= 0) {
            throw new ConfigException(config.position("cap"),
                    "invalid lru cache parameter capacity: must be bigger than 0");
        }
        String algorithm = config.string("algorithm");
        switch (algorithm) {
            case STANDARD -> {
                LruStore store = new LruStore();
                store.setCap(cap);
                store.setInitValues(config.stringMap("init_values"));
                return store;
            }
            case ARC, TWO_QUEUES -> {
                if (algorithm.equals(TWO_QUEUES)) {
                    checkRatio(config, "two_queues_recent_ratio", "invalid recent ratio");
                    checkRatio(config, "two_queues_ghost_ratio", "invalid ghost ratio");
                }
                BoundedStore store = new BoundedStore();
                store.setCap(cap);
                store.setInitValues(config.stringMap("init_values"));
                return store;
            }
            default -> throw new ConfigException(config.position("algorithm"), "algorithm \"" + algorithm
                    + "\" not supported. the supported values are \"standard\", \"arc\" and \"two_queues\"");
        }
    }

    /** golang-lru's New2QParams bounds, checked when Benthos passes the ratios (either one written). */
    private static void checkRatio(ComponentConfig config, String field, String message) {
        if (!config.isSet("two_queues_recent_ratio") && !config.isSet("two_queues_ghost_ratio")) {
            return;
        }
        double ratio = config.number(field);
        if (ratio < 0.0 || ratio > 1.0) {
            throw new ConfigException(config.position(field), message);
        }
    }
}
