package io.camelbenthos.bloblang.plugin;

import io.camelbenthos.bloblang.BloblangException;

/**
 * An error raised while evaluating a query (Go's {@code error} returned by {@code Function.Exec}).
 *
 * <p>These are frequent and often handled ({@code .catch()}, {@code |}), so they carry no stack trace. Plugins throw
 * them through {@link Errors}; the engine prefixes the target's annotation the way Benthos's {@code ErrFrom} does
 * (see {@link #from(String)}). Wrapping keeps a link to the wrapped error, like Go's {@code %w}, so the engine can
 * find special errors in the chain.
 */
public class QueryException extends BloblangException {
    private static final long serialVersionUID = 1L;

    /** True once an annotation prefix is part of the message (Go: an {@code errFrom} is in the chain). */
    private final boolean annotated;
    /** The error this one wraps (Go {@code Unwrap}), or null. */
    private final QueryException wrapped;

    public QueryException(String message) {
        this(message, false, null);
    }

    protected QueryException(String message, boolean annotated) {
        this(message, annotated, null);
    }

    protected QueryException(String message, boolean annotated, QueryException wrapped) {
        super(message, null, false);
        this.annotated = annotated;
        this.wrapped = wrapped;
    }

    /** Go {@code ErrNoContext}: {@code context was undefined[, unable to reference `path`]}. */
    public static QueryException noContext(String fieldPath) {
        return new NoContext(fieldPath);
    }

    /** The error this one wraps, or null. */
    public QueryException wrapped() {
        return wrapped;
    }

    /** Go {@code errors.As}: the first error of the chain (this one included) of the given type, or null. */
    public <T extends QueryException> T find(Class<T> type) {
        for (QueryException e = this; e != null; e = e.wrapped) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
        }
        return null;
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
        return new QueryException(prefix + ": " + getMessage(), annotated, this);
    }

    /**
     * Go {@code query.ErrFrom(err, fn)}: type errors get {@code from <annotation>} filled in, operator type
     * mismatches and already annotated errors pass unchanged, anything else becomes {@code <annotation>: <msg>}.
     */
    public QueryException from(String annotation) {
        if (isAnnotated()) {
            return this;
        }
        return new QueryException(annotation + ": " + getMessage(), true, this);
    }

    /** Go {@code query.ErrNoContext}: a field of {@code this} was read where there is no context. */
    public static final class NoContext extends QueryException {
        private static final long serialVersionUID = 1L;
        private final String fieldPath;

        NoContext(String fieldPath) {
            super(fieldPath.isEmpty() ? "context was undefined"
                    : "context was undefined, unable to reference `" + fieldPath + "`", false, null);
            this.fieldPath = fieldPath;
        }

        /** The field path that was read ("" for {@code this} itself). */
        public String fieldPath() {
            return fieldPath;
        }
    }
}
