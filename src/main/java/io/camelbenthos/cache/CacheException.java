package io.camelbenthos.cache;

/** A cache operation failed; the message is the error text Benthos would report. */
public class CacheException extends Exception {
    private static final long serialVersionUID = 1L;

    public CacheException(String message) {
        super(message);
    }

    public CacheException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Without a stack trace: for the expected outcomes (a miss, a duplicate) on hot paths. */
    protected CacheException(String message, boolean stackTrace) {
        super(message, null, false, stackTrace);
    }
}
