package io.camelbenthos.grok;

/** A grok expression that does not compile, or a capture that does not convert to its type; Benthos's text. */
public class GrokException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GrokException(String message) {
        super(message, null, false, false);
    }
}
