package io.camelbenthos.cache;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@code noop} cache: stores nothing; every {@code get} is "key does not exist", every write succeeds. */
public class NoopStore implements Cache {
    private static final Logger LOG = LoggerFactory.getLogger(NoopStore.class);

    @Override
    public byte[] get(String key) throws CacheException {
        LOG.trace("pretend to get key {}", key);
        throw new KeyNotFoundException();
    }

    @Override
    public void set(String key, byte[] value, Duration ttl) {
        LOG.trace("pretend to set key {}", key);
    }

    @Override
    public void add(String key, byte[] value, Duration ttl) {
        LOG.trace("pretend to add key {}", key);
    }

    @Override
    public void delete(String key) {
        LOG.trace("pretend to delete key {}", key);
    }
}
