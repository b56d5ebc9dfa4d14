package io.camelbenthos.components;

import io.camelbenthos.cache.Cache;
import io.camelbenthos.config.ComponentConfig;

/**
 * A cache type ({@code memory}, {@code lru}, ...): builds the shared store of one {@code cache_resources} entry. The
 * result is bound in the Camel registry, so it should be a JavaBean for the route model to stay exportable.
 */
public interface CacheComponent extends BenthosComponent {
    /**
     * @param context for types built on other resources ({@code multilevel} refers to other caches by
     *                {@link TranslationContext#cacheBean})
     * @throws io.camelbenthos.config.ConfigException for a config this type cannot honour
     */
    Cache create(ComponentConfig config, TranslationContext context);
}
