package io.camelbenthos.cache;

import java.time.Duration;

/**
 * A shared cache resource that can be replaced while streams use it (streams mode's {@code POST /resources/cache/x}):
 * every call goes to the store of the moment.
 */
public final class SwappableCache implements Cache {
    private volatile Cache current;

    public SwappableCache(Cache initial) {
        this.current = initial;
    }

    /** From now on, calls go to {@code next}. */
    public void replace(Cache next) {
        this.current = next;
    }

    @Override
    public byte[] get(String key) throws CacheException {
        return current.get(key);
    }

    @Override
    public void set(String key, byte[] value, Duration ttl) throws CacheException {
        current.set(key, value, ttl);
    }

    @Override
    public void add(String key, byte[] value, Duration ttl) throws CacheException {
        current.add(key, value, ttl);
    }

    @Override
    public void delete(String key) throws CacheException {
        current.delete(key);
    }
}
