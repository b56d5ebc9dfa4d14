package io.camelbenthos.components.caches;

import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.cache.BoundedStore;
import io.camelbenthos.cache.Cache;
import io.camelbenthos.components.CacheComponent;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code ttlru} cache: at most {@code cap} items, each expiring {@code default_ttl} after its last write; per-item
 * TTLs are ignored, as in Benthos. On Caffeine ({@link BoundedStore}): which item a full cache evicts is W-TinyLFU's
 * choice rather than the least recently used. {@code optimistic} has no effect ({@code add} is always atomic).
 */
public final class TtlruCache implements CacheComponent {
    private static final Logger LOG = LoggerFactory.getLogger(TtlruCache.class);

    private static final ComponentSpec SPEC = ComponentSpec.of("ttlru", ComponentKind.CACHE,
            "Stores key/value pairs in a ttlru in-memory cache. This cache is therefore reset every time the service "
                    + "restarts.",
            FieldSpec.of("cap", FieldType.INT, 1024L, "The cache maximum capacity (number of entries)"),
            FieldSpec.of("default_ttl", FieldType.DURATION, "5m", "The cache ttl of each element"),
            FieldSpec.of("ttl", FieldType.DURATION, null, "Deprecated. Please use `default_ttl` field").asAdvanced(),
            FieldSpec.of("init_values", FieldType.STRING_MAP, Map.of(),
                    "A table of key/value pairs that should be present in the cache on initialization. This can be "
                            + "used to create static lookup tables."),
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
                    "invalid ttlru cache parameter capacity: must be bigger than 0");
        }
        String ttlField = "default_ttl";
        if (config.isSet("ttl")) {
            LOG.warn("field \"ttl\" is deprecated, please use \"default_ttl\"");
            ttlField = "ttl";
        }
        String ttl = config.string(ttlField);
        if (ttl.isEmpty() || GoDuration.parse(ttl) <= 0) {
            throw new ConfigException(config.position(ttlField),
                    "invalid ttlru cache parameter default_ttl: must be bigger than 0s");
        }
        BoundedStore store = new BoundedStore();
        store.setCap(cap);
        store.setTtl(ttl);
        store.setInitValues(config.stringMap("init_values"));
        return store;
    }
}
