package io.camelbenthos.bloblang;

/**
 * A Bloblang parse or execution error. Its message is exactly Benthos's text: a positioned parse error such as
 * {@code line 1 char 10: expected ...}, or an execution error such as {@code failed assignment (line 1): ...}.
 */
public class BloblangException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BloblangException(String message) {
        super(message);
    }

    public BloblangException(String message, Throwable cause) {
        super(message, cause);
    }

    /** For high-volume evaluation errors (used for control flow by {@code catch} and {@code |}): no stack trace. */
    protected BloblangException(String message, Throwable cause, boolean writableStackTrace) {
        super(message, cause, false, writableStackTrace);
    }
}
