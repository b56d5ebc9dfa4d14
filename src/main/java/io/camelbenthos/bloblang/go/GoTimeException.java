package io.camelbenthos.bloblang.go;

/**
 * A failure of one of the Go time ports (layout parsing, durations, zones, strftime). The message is exactly the
 * text Go (or the Go library being mirrored) would produce, because Bloblang error messages are compared verbatim.
 */
public class GoTimeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public GoTimeException(String message) {
        super(message);
    }
}
