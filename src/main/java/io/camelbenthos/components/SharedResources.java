package io.camelbenthos.components;

/**
 * Caches and rate limits built once and shared by several streams (streams mode's root resources, processors
 * reference §22.1): a stream's translation refers to these bean ids instead of building its own store or limiter.
 */
public interface SharedResources {
    /** The registry id of the shared store of a cache label, or null when that label is not shared. */
    String cacheBean(String label);

    /** The registry id of the shared limiter of a rate limit label, or null when that label is not shared. */
    String rateLimitBean(String label);
}
