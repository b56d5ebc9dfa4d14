package io.camelbenthos.components;

/** The sections a Benthos component can appear in. */
public enum ComponentKind {
    INPUT, PROCESSOR, OUTPUT,
    /** A {@code rate_limit_resources} entry, referenced by label (e.g. {@code http_server.rate_limit}). */
    RATE_LIMIT,
    /** A {@code cache_resources} entry, referenced by label (e.g. {@code cache.resource}, {@code dedupe.cache}). */
    CACHE,
    /** The top-level {@code buffer} between the input and the pipeline ({@code none}, {@code memory}, ...). */
    BUFFER;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The name used in messages, as Benthos words it ({@code rate limit resource 'x' was not found}). */
    public String displayName() {
        return yamlName().replace('_', ' ');
    }

    /** Whether a component of this kind may carry its own {@code processors} (inputs and outputs only). */
    public boolean hasProcessors() {
        return this == INPUT || this == OUTPUT;
    }
}
