package io.camelbenthos.components.caches;

import io.camelbenthos.cache.Cache;
import io.camelbenthos.components.CacheComponent;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.redis.RedisCacheStore;
import io.camelbenthos.redis.RedisResources;
import io.camelbenthos.redis.RedisUri;

/** The {@code redis} cache (connectors reference §10.3): GET / SET / SET NX / DEL on a Redis server. */
public final class RedisCache implements CacheComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("redis", ComponentKind.CACHE, "stable",
            "Use a Redis instance as a cache. The expiration can be set to zero or an empty string in order to set "
                    + "no expiration.",
            RedisUri.withClientFields(
                    FieldSpec.of("prefix", FieldType.STRING, null, "An optional string to prefix item keys with in "
                            + "order to prevent collisions with similar services."),
                    FieldSpec.of("default_ttl", FieldType.DURATION, null, "An optional default TTL to set for items, "
                            + "calculated from the moment the item is cached.").asAdvanced(),
                    FieldSpec.object("retries", "Determine time intervals and cut offs for retry attempts.",
                            FieldSpec.of("initial_interval", FieldType.DURATION, "500ms", "The initial period to wait "
                                    + "between retry attempts."),
                            FieldSpec.of("max_interval", FieldType.DURATION, "1s", "The maximum period to wait between "
                                    + "retry attempts."),
                            FieldSpec.of("max_elapsed_time", FieldType.DURATION, "5s", "The maximum overall period of "
                                    + "time to spend on retry attempts before the request is aborted."))
                            .asAdvanced()));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public Cache create(ComponentConfig config, TranslationContext context) {
        RedisCacheStore store = RedisResources.configure(new RedisCacheStore(), config);
        store.setPrefix(config.isSet("prefix") ? config.string("prefix") : "");
        store.setDefaultTtl(config.isSet("default_ttl") ? config.string("default_ttl") : "");
        ComponentConfig retries = config.object("retries");
        store.setRetryInitialInterval(retries.string("initial_interval"));
        store.setRetryMaxInterval(retries.string("max_interval"));
        store.setRetryMaxElapsedTime(retries.string("max_elapsed_time"));
        return store;
    }
}
