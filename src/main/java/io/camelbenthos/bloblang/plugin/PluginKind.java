package io.camelbenthos.bloblang.plugin;

/** Whether a plugin is called as {@code name(...)} or as {@code target.name(...)}. */
public enum PluginKind {
    FUNCTION,
    METHOD
}
