package io.camelbenthos.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.camelbenthos.bloblang.go.GoDuration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Caffeine cache of at most {@code cap} items, optionally expiring each item {@code ttl} after its last write:
 * the {@code ttlru} cache, and the {@code lru} cache with {@code algorithm: arc} or {@code two_queues}
 * (connectors reference §10.4). Per-item TTLs are ignored, as in Benthos. {@code get} does not extend an item's life
 * (as golang-lru's expirable LRU); {@code add} is atomic and treats an expired item as absent.
 *
 * <p>Which item leaves when the cache is full is Caffeine's W-TinyLFU choice (recency and frequency, scan-resistant,
 * the family ARC and 2Q belong to), not strict LRU order. Maintenance runs on the calling thread, so the bound holds
 * after every write. A JavaBean; the cache is built on first use.
 */
public class BoundedStore implements Cache {
    private final Ticker ticker;
    private long cap = 1000;
    private String ttl = "";
    private Map<String, String> initValues = new LinkedHashMap<>();
    private volatile com.github.benmanes.caffeine.cache.Cache<String, byte[]> built;

    public BoundedStore() {
        this(Ticker.systemTicker());
    }

    /** With a ticker of nanoseconds, for tests. */
    BoundedStore(Ticker ticker) {
        this.ticker = ticker;
    }

    /** The maximum number of items; must be larger than zero. */
    public long getCap() {
        return cap;
    }

    public void setCap(long cap) {
        if (cap <= 0) {
            throw new IllegalArgumentException("capacity must be bigger than 0");
        }
        this.cap = cap;
        this.built = null;
    }

    /** How long an item lives after its last write, as a Go duration; empty: items do not expire. */
    public String getTtl() {
        return ttl;
    }

    public void setTtl(String ttl) {
        if (!ttl.isEmpty() && GoDuration.parse(ttl) <= 0) {
            throw new IllegalArgumentException("ttl must be bigger than 0s");
        }
        this.ttl = ttl;
        this.built = null;
    }

    /** Items present from the start (they expire like any other). */
    public Map<String, String> getInitValues() {
        return initValues;
    }

    public void setInitValues(Map<String, String> initValues) {
        this.initValues = new LinkedHashMap<>(initValues);
        this.built = null;
    }

    @Override
    public byte[] get(String key) throws CacheException {
        byte[] value = cache().getIfPresent(key);
        if (value == null) {
            throw new KeyNotFoundException();
        }
        return Arrays.copyOf(value, value.length);
    }

    @Override
    public void set(String key, byte[] value, Duration ignoredTtl) {
        cache().put(key, value);
    }

    @Override
    public void add(String key, byte[] value, Duration ignoredTtl) throws CacheException {
        if (cache().asMap().putIfAbsent(key, value) != null) {
            throw new KeyAlreadyExistsException();
        }
    }

    @Override
    public void delete(String key) {
        cache().invalidate(key);
    }

    private com.github.benmanes.caffeine.cache.Cache<String, byte[]> cache() {
        var c = built;
        if (c == null) {
            synchronized (this) {
                c = built;
                if (c == null) {
                    c = build();
                    built = c;
                }
            }
        }
        return c;
    }

    private com.github.benmanes.caffeine.cache.Cache<String, byte[]> build() {
        Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumSize(cap).executor(Runnable::run).ticker(ticker);
        if (!ttl.isEmpty()) {
            builder.expireAfterWrite(Duration.ofNanos(GoDuration.parse(ttl)));
        }
        com.github.benmanes.caffeine.cache.Cache<String, byte[]> c = builder.build();
        initValues.forEach((k, v) -> c.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return c;
    }
}
