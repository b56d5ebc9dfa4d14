package io.camelbenthos.components;

/** The sections a Benthos component can appear in. */
public enum ComponentKind {
    INPUT, PROCESSOR, OUTPUT;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
