package io.camelbenthos.http;

import io.camelbenthos.bloblang.InterpolatedString;

/** Compiles config strings that may hold {@code ${! ... }} interpolations. */
public final class Interpolations {
    private Interpolations() {
    }

    /**
     * Compiles once. The engine answers a template without {@code ${!} (the common case: {@code "200"}, a fixed
     * Content-Type) with a static string, so it costs nothing per request.
     */
    public static InterpolatedString compile(String template) {
        return InterpolatedString.parse(template);
    }
}
