package io.camelbenthos.cache;

import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.bloblang.go.GoHashes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongSupplier;

/**
 * The {@code memory} cache exactly as Benthos keeps it (connectors reference §10.2): a map per shard where each item
 * expires {@code ttl} after its last write. Expired items are hidden from {@link #get} but only removed by a
 * compaction, which runs inside a write ({@code set}, {@code add} after its existence check, {@code delete}) at most
 * once per {@code compaction_interval}; there is no background sweeper. As in Benthos, {@link #add} checks existence
 * before compacting and without looking at expiry, so an expired key that was not compacted yet is still "already
 * there" (Benthos #1993). An empty {@code compaction_interval} disables expiry entirely; {@code init_values} never
 * expire until overwritten.
 *
 * <p>This is why this store is a plain map rather than Caffeine: an expiring cache would admit such a key again.
 * A JavaBean (settings as properties); the shards are built on first use.
 */
public class MemoryStore implements Cache {
    /** A value and when it expires (nanoTime); {@code expires} is ignored for items that never expire. */
    private record Item(byte[] value, long expires, boolean expiring) {
    }

    private final LongSupplier clock;
    private String defaultTtl = "5m";
    private volatile long defaultTtlNanos = Duration.ofMinutes(5).toNanos();
    private String compactionInterval = "60s";
    private Map<String, String> initValues = new LinkedHashMap<>();
    private int shards = 1;
    private volatile Shard[] built;

    public MemoryStore() {
        this(System::nanoTime);
    }

    /** With a clock of nanoseconds, for tests. */
    MemoryStore(LongSupplier clock) {
        this.clock = clock;
    }

    /** The TTL of an item written without one, as a Go duration. */
    public String getDefaultTtl() {
        return defaultTtl;
    }

    public void setDefaultTtl(String defaultTtl) {
        this.defaultTtlNanos = GoDuration.parse(defaultTtl);
        this.defaultTtl = defaultTtl;
    }

    /** How often a write may compact its shard, as a Go duration; empty disables expiry. */
    public String getCompactionInterval() {
        return compactionInterval;
    }

    public void setCompactionInterval(String compactionInterval) {
        if (!compactionInterval.isEmpty()) {
            GoDuration.parse(compactionInterval);
        }
        this.compactionInterval = compactionInterval;
        this.built = null;
    }

    /** Items present from the start, exempt from expiry until overwritten. */
    public Map<String, String> getInitValues() {
        return initValues;
    }

    public void setInitValues(Map<String, String> initValues) {
        this.initValues = new LinkedHashMap<>(initValues);
        this.built = null;
    }

    /** How many shards keys are spread over (by xxhash64, as Benthos); 1 or less is one shard. */
    public int getShards() {
        return shards;
    }

    public void setShards(int shards) {
        this.shards = shards;
        this.built = null;
    }

    @Override
    public byte[] get(String key) throws CacheException {
        Shard shard = shardOf(key);
        Item item;
        shard.lock.readLock().lock();
        try {
            item = shard.items.get(key);
        } finally {
            shard.lock.readLock().unlock();
        }
        if (item == null || shard.isExpired(item, clock.getAsLong())) {
            throw new KeyNotFoundException();
        }
        return Arrays.copyOf(item.value(), item.value().length);
    }

    @Override
    public void set(String key, byte[] value, Duration ttl) {
        Item item = expiringItem(value, ttl);
        Shard shard = shardOf(key);
        shard.lock.writeLock().lock();
        try {
            shard.compact(clock.getAsLong());
            shard.items.put(key, item);
        } finally {
            shard.lock.writeLock().unlock();
        }
    }

    @Override
    public void add(String key, byte[] value, Duration ttl) throws CacheException {
        Item item = expiringItem(value, ttl);
        Shard shard = shardOf(key);
        shard.lock.writeLock().lock();
        try {
            if (shard.items.containsKey(key)) { // before compaction and regardless of expiry, as Benthos
                throw new KeyAlreadyExistsException();
            }
            shard.compact(clock.getAsLong());
            shard.items.put(key, item);
        } finally {
            shard.lock.writeLock().unlock();
        }
    }

    @Override
    public void delete(String key) {
        Shard shard = shardOf(key);
        shard.lock.writeLock().lock();
        try {
            shard.compact(clock.getAsLong());
            shard.items.remove(key);
        } finally {
            shard.lock.writeLock().unlock();
        }
    }

    private Item expiringItem(byte[] value, Duration ttl) {
        long nanos = ttl == null ? defaultTtlNanos : saturatedNanos(ttl);
        return new Item(value, clock.getAsLong() + nanos, true);
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private Shard shardOf(String key) {
        return shardOf(shards(), key);
    }

    private static Shard shardOf(Shard[] s, String key) {
        if (s.length == 1) {
            return s[0];
        }
        long hash = GoHashes.xxhash64(key.getBytes(StandardCharsets.UTF_8));
        return s[(int) Long.remainderUnsigned(hash, s.length)];
    }

    private Shard[] shards() {
        Shard[] s = built;
        if (s == null) {
            synchronized (this) {
                s = built;
                if (s == null) {
                    s = build();
                    built = s;
                }
            }
        }
        return s;
    }

    private Shard[] build() {
        long interval = compactionInterval.isEmpty() ? 0 : GoDuration.parse(compactionInterval);
        long now = clock.getAsLong();
        Shard[] s = new Shard[Math.max(1, shards)];
        for (int i = 0; i < s.length; i++) {
            s[i] = new Shard(interval, now);
        }
        initValues.forEach((k, v) -> shardOf(s, k).items.put(k, new Item(v.getBytes(StandardCharsets.UTF_8), 0, false)));
        return s;
    }

    /** One shard: its items, its lock and when it was last compacted. */
    private static final class Shard {
        final Map<String, Item> items = new HashMap<>();
        final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        /** 0: expiry disabled. */
        final long compactionInterval;
        long lastCompaction;

        Shard(long compactionInterval, long now) {
            this.compactionInterval = compactionInterval;
            this.lastCompaction = now;
        }

        boolean isExpired(Item item, long now) {
            // Go: expires.Before(now); differences keep nanoTime's wrap-around harmless.
            return compactionInterval != 0 && item.expiring() && now - item.expires() > 0;
        }

        /** Removes expired items if the interval has passed; called with the write lock held. */
        void compact(long now) {
            if (compactionInterval == 0 || now - lastCompaction < compactionInterval) {
                return;
            }
            for (Iterator<Item> it = items.values().iterator(); it.hasNext(); ) {
                if (isExpired(it.next(), now)) {
                    it.remove();
                }
            }
            lastCompaction = now;
        }
    }
}
