package io.camelbenthos.bloblang.plugin;

/** Documentation status of a plugin, as in Benthos. Hidden plugins are callable but undocumented. */
public enum Status {
    STABLE,
    BETA,
    EXPERIMENTAL,
    DEPRECATED,
    HIDDEN
}
