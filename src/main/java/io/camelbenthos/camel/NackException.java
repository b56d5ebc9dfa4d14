package io.camelbenthos.camel;

/**
 * A nack: the message could not be delivered. Its message is the error text Benthos would report (an
 * {@code http_server} input answers it with that body).
 */
public class NackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NackException(String message) {
        // No stack trace: a nack is an expected outcome, often on a hot path (reject outputs, strict mode).
        super(message, null, false, false);
    }

    public NackException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The error text of any failure as Benthos reports it: its message, or its description when it has none. */
    public static String textOf(Throwable failure) {
        return failure.getMessage() == null ? failure.toString() : failure.getMessage();
    }
}
