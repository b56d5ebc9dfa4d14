package io.camelbenthos.redis;

import io.camelbenthos.cache.Cache;
import io.camelbenthos.cache.CacheException;
import io.camelbenthos.cache.KeyAlreadyExistsException;
import io.camelbenthos.cache.KeyNotFoundException;
import io.lettuce.core.SetArgs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Benthos's {@code redis} cache (connectors reference §10.3): {@code GET} (nil: not found), {@code SET} with an
 * expiry when the TTL (the item's, else {@code default_ttl}) is above zero, {@code SET NX} for add (not set: already
 * exists), {@code DEL} (a missing key is fine); keys get {@code prefix}. Every operation is retried as
 * {@code retries} says, then fails with the last error.
 */
public class RedisCacheStore extends RedisClientBean implements Cache {
    private String prefix = "";
    private long defaultTtlMillis;
    private String defaultTtl = "";

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix == null ? "" : prefix;
    }

    /** A Go duration; empty or zero: no expiry. */
    public void setDefaultTtl(String ttl) {
        this.defaultTtl = ttl == null ? "" : ttl;
        this.defaultTtlMillis = this.defaultTtl.isEmpty() ? 0 : millis(ttl);
    }

    public String getDefaultTtl() {
        return defaultTtl;
    }

    private byte[] key(String key) {
        return (prefix + key).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] get(String key) throws CacheException {
        byte[] value = call(s -> s.sync().get(key(key)));
        if (value == null) {
            throw new KeyNotFoundException();
        }
        return value;
    }

    @Override
    public void set(String key, byte[] value, Duration ttl) throws CacheException {
        SetArgs args = expiry(ttl);
        call(s -> args == null ? s.sync().set(key(key), value) : s.sync().set(key(key), value, args));
    }

    @Override
    public void add(String key, byte[] value, Duration ttl) throws CacheException {
        SetArgs args = expiry(ttl);
        String reply = call(s -> s.sync().set(key(key), value, (args == null ? new SetArgs() : args).nx()));
        if (reply == null) {
            throw new KeyAlreadyExistsException();
        }
    }

    @Override
    public void delete(String key) throws CacheException {
        call(s -> s.sync().del(key(key)));
    }

    private SetArgs expiry(Duration ttl) {
        long millis = ttl != null ? ttl.toMillis() : defaultTtlMillis;
        return millis > 0 ? SetArgs.Builder.px(millis) : null;
    }

    private <T> T call(java.util.function.Function<RedisSession, T> operation) throws CacheException {
        try {
            return run(operation);
        } catch (RedisOperationException e) {
            throw new CacheException(e.getMessage(), e);
        }
    }
}
