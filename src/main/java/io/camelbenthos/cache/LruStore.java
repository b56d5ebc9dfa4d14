package io.camelbenthos.cache;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code lru} cache with {@code algorithm: standard}: a strict least-recently-used map of at most {@code cap}
 * items, as the groupcache LRU Benthos uses (connectors reference §10.4). {@code get} and {@code set} make an item
 * the most recent; {@code add} looks without touching recency (Benthos peeks) and is atomic. TTLs are ignored.
 *
 * <p>The JDK's access-ordered {@link LinkedHashMap} is exactly this policy (Caffeine's W-TinyLFU would evict other
 * items). A JavaBean; the map is built on first use.
 */
public class LruStore implements Cache {
    private long cap = 1000;
    private Map<String, String> initValues = new LinkedHashMap<>();
    private LinkedHashMap<String, byte[]> items;

    /** The maximum number of items; must be larger than zero. */
    public long getCap() {
        return cap;
    }

    public synchronized void setCap(long cap) {
        if (cap <= 0) {
            throw new IllegalArgumentException("invalid lru cache parameter capacity: must be bigger than 0");
        }
        this.cap = cap;
        this.items = null;
    }

    /** Items added (in this order, so they count against {@code cap}) when the cache is built. */
    public Map<String, String> getInitValues() {
        return initValues;
    }

    public synchronized void setInitValues(Map<String, String> initValues) {
        this.initValues = new LinkedHashMap<>(initValues);
        this.items = null;
    }

    @Override
    public synchronized byte[] get(String key) throws CacheException {
        byte[] value = items().get(key);
        if (value == null) {
            throw new KeyNotFoundException();
        }
        return Arrays.copyOf(value, value.length);
    }

    @Override
    public synchronized void set(String key, byte[] value, Duration ttl) {
        items().put(key, value);
    }

    @Override
    public synchronized void add(String key, byte[] value, Duration ttl) throws CacheException {
        if (items().containsKey(key)) {
            throw new KeyAlreadyExistsException();
        }
        items().put(key, value);
    }

    @Override
    public synchronized void delete(String key) {
        items().remove(key);
    }

    private LinkedHashMap<String, byte[]> items() {
        if (items == null) {
            long max = cap;
            items = new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                    return size() > max;
                }
            };
            initValues.forEach((k, v) -> items.put(k, v.getBytes(StandardCharsets.UTF_8)));
        }
        return items;
    }
}
