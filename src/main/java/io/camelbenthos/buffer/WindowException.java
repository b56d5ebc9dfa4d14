package io.camelbenthos.buffer;

/** A {@code system_window} write that fails the whole input transaction, with Benthos's text. */
public final class WindowException extends RuntimeException {
    public WindowException(String message) {
        super(message, null, false, false);
    }
}
