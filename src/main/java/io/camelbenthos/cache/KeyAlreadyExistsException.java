package io.camelbenthos.cache;

/** Benthos's {@code ErrKeyAlreadyExists}: {@code add} found the key present. */
public final class KeyAlreadyExistsException extends CacheException {
    private static final long serialVersionUID = 1L;

    public KeyAlreadyExistsException() {
        super("key already exists", false);
    }
}
