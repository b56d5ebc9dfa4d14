package io.camelbenthos.bloblang;

import java.util.Map;

/**
 * The process environment as Bloblang's {@code env()} reads it: {@link System#getenv}, overlaid with values set by
 * the {@code test} command for the duration of a case. Benthos sets real environment variables there, which a JVM
 * cannot; this overlay is the equivalent, consulted by the {@linkplain Environment#standard() standard environment}.
 */
public final class ProcessEnvironment {
    private static volatile Map<String, String> overlay = Map.of();

    private ProcessEnvironment() {
    }

    /** The variable's value (overlay first), or null when unset. */
    public static String get(String name) {
        String v = overlay.get(name);
        return v != null ? v : System.getenv(name);
    }

    /**
     * Replaces the overlay; returns the previous one so the caller can restore it.
     */
    public static Map<String, String> set(Map<String, String> values) {
        Map<String, String> previous = overlay;
        overlay = Map.copyOf(values);
        return previous;
    }
}
