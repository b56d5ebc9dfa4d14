package io.camelbenthos.bloblang;

/** Entry point of the Bloblang engine. */
public final class Bloblang {
    private Bloblang() {
    }

    /**
     * Parses a mapping once; the result is reusable and thread-safe.
     *
     * @throws BloblangException whose message is the positioned parse error
     */
    public static Mapping parse(String mapping) {
        throw new UnsupportedOperationException("Bloblang engine not yet implemented");
    }
}
