/**
 * Cache resources ({@code cache_resources}): the {@link io.camelbenthos.cache.Cache} contract every cache type
 * implements (Benthos's {@code service.Cache}), the stores behind the built-in types, and what the processors and
 * outputs that use caches share. Stores are thread-safe JavaBeans, bound in the Camel registry and shared by every
 * component referencing the same label.
 */
package io.camelbenthos.cache;
