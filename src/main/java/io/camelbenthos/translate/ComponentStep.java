package io.camelbenthos.translate;

/**
 * The Benthos component a step id was made for: what tracing names its span after.
 *
 * @param type  the component type ({@code mapping}, {@code kafka}, ...)
 * @param label its label, "" when none
 * @param path  its config path ({@code root.pipeline.processors.0})
 */
public record ComponentStep(String type, String label, String path) {
}
