package io.camelbenthos.cache;

/** Benthos's {@code ErrKeyNotFound}: the key is absent (or expired). */
public final class KeyNotFoundException extends CacheException {
    private static final long serialVersionUID = 1L;

    public KeyNotFoundException() {
        super("key does not exist", false);
    }
}
