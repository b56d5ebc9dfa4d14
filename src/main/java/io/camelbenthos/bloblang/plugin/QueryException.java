package io.camelbenthos.bloblang.plugin;

import io.camelbenthos.bloblang.BloblangException;

/**
 * An error raised while evaluating a query (Go's {@code error} returned by {@code Function.Exec}).
 *
 * <p>These are frequent and often handled ({@code .catch()}, {@code |}), so they carry no stack trace. Plugins throw
 * them through {@link Errors}; the engine prefixes the target's annotation the way Benthos's {@code ErrFrom} does
 * (see {@link #from(String)}).
 */
public class QueryException extends BloblangException {
    private static final long serialVersionUID = 1L;

    /** True once an annotation prefix is part of the message (Go: an {@code errFrom} is in the chain). */
    private final boolean annotated;

    public QueryException(String message) {
        this(message, false);
    }

    protected QueryException(String message, boolean annotated) {
        super(message, null, false);
        this.annotated = annotated;
    }

    /** Whether an annotation prefix is already part of the message. */
    public boolean isAnnotated() {
        return annotated;
    }

    /**
     * Go {@code fmt.Errorf("<prefix>: %w", err)}: a new error with a prefix, keeping whether an annotation is already
     * present.
     */
    public QueryException prefixed(String prefix) {
        return new QueryException(prefix + ": " + getMessage(), annotated);
    }

    /**
     * Go {@code query.ErrFrom(err, fn)}: type errors get {@code from <annotation>} filled in, operator type
     * mismatches and already annotated errors pass unchanged, anything else becomes {@code <annotation>: <msg>}.
     */
    public QueryException from(String annotation) {
        if (annotated) {
            return this;
        }
        return new QueryException(annotation + ": " + getMessage(), true);
    }
}
