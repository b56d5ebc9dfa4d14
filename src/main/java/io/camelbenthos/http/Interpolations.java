package io.camelbenthos.http;

import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.message.Message;

/** Compiles config strings that may hold {@code ${! ... }} interpolations. */
public final class Interpolations {
    private Interpolations() {
    }

    /**
     * Compiles once. A string without {@code ${!} (the common case: {@code "200"}, a fixed Content-Type) never
     * touches the Bloblang engine, so it costs nothing per request.
     */
    public static InterpolatedString compile(String template) {
        if (!template.contains("${!")) {
            return new Literal(template);
        }
        return InterpolatedString.parse(template);
    }

    /** A template without interpolations. */
    private record Literal(String text) implements InterpolatedString {
        @Override
        public String render(Message message) {
            return text;
        }

        @Override
        public boolean isStatic() {
            return true;
        }
    }
}
