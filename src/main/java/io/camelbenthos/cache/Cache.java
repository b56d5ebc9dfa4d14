package io.camelbenthos.cache;

import java.time.Duration;

/**
 * A Benthos cache resource (connectors reference §10.1): what the {@code cache}, {@code cached} and {@code dedupe}
 * processors and the {@code cache} output talk to. Implementations are thread-safe and shared by every component
 * referencing the same label; a new type (redis, sql, ...) implements this and a
 * {@link io.camelbenthos.components.CacheComponent} that builds it.
 *
 * <p>Errors carry Benthos's text as their message: {@link KeyNotFoundException} ({@code key does not exist}) and
 * {@link KeyAlreadyExistsException} ({@code key already exists}) are the two a caller tells apart; anything else is a
 * {@link CacheException} with the backend's own words.
 *
 * <p>Byte arrays: {@link #get} returns an array the caller owns; {@link #set} and {@link #add} take ownership of the
 * array they are given, so the caller must not modify it afterwards.
 */
public interface Cache {
    /**
     * @throws KeyNotFoundException when the key is absent (or expired)
     */
    byte[] get(String key) throws CacheException;

    /**
     * Stores a value, overwriting any previous one.
     *
     * @param ttl the item's time to live, or null for the cache's default (caches without per-item TTLs ignore it)
     */
    void set(String key, byte[] value, Duration ttl) throws CacheException;

    /**
     * Stores a value only if the key is absent.
     *
     * @param ttl as for {@link #set}
     * @throws KeyAlreadyExistsException when the key is present
     */
    void add(String key, byte[] value, Duration ttl) throws CacheException;

    /** Removes a key; whether a missing key is an error depends on the cache (memory: no, file: yes). */
    void delete(String key) throws CacheException;
}
