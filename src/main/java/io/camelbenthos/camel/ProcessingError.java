package io.camelbenthos.camel;

/**
 * The error a message is flagged with by a processor ({@link BenthosExchange#flag}); its message is Benthos's text,
 * which {@code error()} returns. No stack trace: a flag is an expected outcome, often per message.
 */
public class ProcessingError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProcessingError(String message) {
        super(message, null, false, false);
    }
}
