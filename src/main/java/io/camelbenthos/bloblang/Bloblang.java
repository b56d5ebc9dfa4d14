package io.camelbenthos.bloblang;

import io.camelbenthos.bloblang.parser.Parser;

/** Entry point of the Bloblang engine. */
public final class Bloblang {
    private Bloblang() {
    }

    /**
     * Parses a mapping once in the {@linkplain Environment#standard() standard environment}; the result is reusable
     * and thread-safe.
     *
     * @throws BloblangException whose message is the positioned parse error ({@code line 1 char 10: expected ...})
     */
    public static Mapping parse(String mapping) {
        return Environment.standard().parse(mapping);
    }
}
