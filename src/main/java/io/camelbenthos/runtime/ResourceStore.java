package io.camelbenthos.runtime;

import io.camelbenthos.cache.Cache;
import io.camelbenthos.cache.SwappableCache;
import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.components.SharedResources;
import io.camelbenthos.config.StreamConfig;
import io.camelbenthos.ratelimit.RateLimit;
import io.camelbenthos.ratelimit.SwappableRateLimit;
import io.camelbenthos.translate.StreamTranslator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;

/**
 * Streams mode's root caches and rate limits (processors reference §22.1): each built once and bound in the Camel
 * registry, every stream referring to that one instance. {@code POST /resources/cache/x} replaces an instance in
 * place (or adds one): the streams using it go on with the new store, without a restart.
 */
public final class ResourceStore implements SharedResources {
    /** The stream id the shared resources are translated under: their beans are {@code resources.<section>.<label>}. */
    private static final String OWNER = "resources";
    private static final String CACHES = OWNER + ".cache_resources.";
    private static final String RATE_LIMITS = OWNER + ".rate_limit_resources.";

    private final ComponentRegistry registry;
    /** Bean id → the swappable store or limiter bound under it. */
    private final Map<String, Object> beans = new ConcurrentHashMap<>();
    private volatile CamelContext camel;

    private ResourceStore(ComponentRegistry registry) {
        this.registry = registry;
    }

    /**
     * Builds every cache and rate limit of the root config.
     *
     * @throws io.camelbenthos.config.ConfigException when one cannot be built
     */
    public static ResourceStore build(StreamConfig root, ComponentRegistry registry) {
        ResourceStore store = new ResourceStore(registry);
        store.take(StreamTranslator.translateResources(root.withId(OWNER), registry), null);
        return store;
    }

    /** Binds every instance in the context's registry; later additions are bound there as they come. */
    public synchronized void bindTo(CamelContext context) {
        this.camel = context;
        beans.forEach((id, bean) -> bind(context, id, bean));
    }

    @Override
    public String cacheBean(String label) {
        return beans.containsKey(CACHES + label) ? CACHES + label : null;
    }

    @Override
    public String rateLimitBean(String label) {
        return beans.containsKey(RATE_LIMITS + label) ? RATE_LIMITS + label : null;
    }

    /**
     * A cache or rate limit of {@code root} (the root config after a {@code POST /resources}) replaces the instance
     * of its label, or is added.
     *
     * @throws io.camelbenthos.config.ConfigException when it cannot be built
     */
    public synchronized void replace(StreamConfig root, String label) {
        Map<String, Object> fresh = StreamTranslator.translateResources(root.withId(OWNER), registry);
        take(fresh, label);
    }

    /** Takes the instances of {@code fresh}: all of them (start-up) or only those of {@code label}. */
    private void take(Map<String, Object> fresh, String label) {
        fresh.forEach((id, bean) -> {
            if (label != null && !id.equals(CACHES + label) && !id.equals(RATE_LIMITS + label)) {
                return;
            }
            Object current = beans.get(id);
            if (current instanceof SwappableCache c && bean instanceof Cache next) {
                c.replace(next);
            } else if (current instanceof SwappableRateLimit r && bean instanceof RateLimit next) {
                r.replace(next);
            } else {
                Object swappable = bean instanceof Cache c ? new SwappableCache(c)
                        : bean instanceof RateLimit r ? new SwappableRateLimit(r) : bean;
                beans.put(id, swappable);
                if (camel != null) {
                    bind(camel, id, swappable);
                }
            }
        });
    }

    private static void bind(CamelContext context, String id, Object bean) {
        context.getRegistry().unbind(id);
        context.getRegistry().bind(id, bean);
    }
}
