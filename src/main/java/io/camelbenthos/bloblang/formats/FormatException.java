package io.camelbenthos.bloblang.formats;

/**
 * A value could not be parsed from, or written to, a data format. The message is the text a Bloblang error shows
 * after the method's annotation, kept close to what the Go library Benthos uses would say.
 */
public class FormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FormatException(String message) {
        super(message);
    }

    public FormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
