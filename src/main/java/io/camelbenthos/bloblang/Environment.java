package io.camelbenthos.bloblang;

import io.camelbenthos.bloblang.parser.Interpolations;
import io.camelbenthos.bloblang.parser.Parser;
import io.camelbenthos.bloblang.plugin.PluginRegistry;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The world a mapping is parsed in: which plugins exist, how environment variables are read and where
 * {@code import}/{@code from} find files. Immutable; the {@code with*} methods return modified copies.
 *
 * <p>{@link #standard()} has every plugin and the real process environment. {@link #sandboxed()} removes impure
 * plugins ({@code env}, {@code file}, {@code hostname}...) and file imports, as Benthos does for untrusted mappings.
 */
public final class Environment {
    private static final Environment STANDARD = new Environment(null, ProcessEnvironment::get, null, true);

    /** Null means {@link PluginRegistry#standard()}, resolved lazily so the registry loads on first parse. */
    private final PluginRegistry registry;
    private final UnaryOperator<String> envLookup;
    private final Path importDirectory;
    private final boolean impureAllowed;

    private Environment(PluginRegistry registry, UnaryOperator<String> envLookup, Path importDirectory,
            boolean impureAllowed) {
        this.registry = registry;
        this.envLookup = envLookup;
        this.importDirectory = importDirectory;
        this.impureAllowed = impureAllowed;
    }

    /** Every plugin, the process environment, imports relative to the working directory. */
    public static Environment standard() {
        return STANDARD;
    }

    /** Without impure plugins and without file imports. */
    public Environment sandboxed() {
        return new Environment(plugins().filter(spec -> !spec.impure()), envLookup, null, false);
    }

    /** Reads environment variables through {@code lookup} (returns null when unset) instead of the process. */
    public Environment withEnvLookup(UnaryOperator<String> lookup) {
        return new Environment(registry, Objects.requireNonNull(lookup), importDirectory, impureAllowed);
    }

    /** Resolves relative {@code import}/{@code from} paths against {@code dir}. */
    public Environment withImportDirectory(Path dir) {
        return new Environment(registry, envLookup, dir, impureAllowed);
    }

    /** Uses exactly the given plugins. */
    public Environment withPlugins(PluginRegistry plugins) {
        return new Environment(Objects.requireNonNull(plugins), envLookup, importDirectory, impureAllowed);
    }

    public PluginRegistry plugins() {
        return registry == null ? PluginRegistry.standard() : registry;
    }

    /** The value of environment variable {@code name}, or null when unset. */
    public String env(String name) {
        return envLookup.apply(name);
    }

    /** Whether impure plugins and file access are allowed (false in a sandbox). */
    public boolean impureAllowed() {
        return impureAllowed;
    }

    /** Where relative imports resolve; null means the working directory (or imports disabled when sandboxed). */
    public Path importDirectory() {
        return importDirectory;
    }

    /**
     * Parses a mapping in this environment.
     *
     * @throws BloblangException with a positioned message when it does not parse
     */
    public Mapping parse(String mapping) {
        return Parser.parseMapping(mapping, this);
    }

    /**
     * Parses an interpolated string ({@code ${! ... }}) in this environment.
     *
     * @throws BloblangException with a positioned message when a query does not parse
     */
    public InterpolatedString parseInterpolation(String template) {
        return Interpolations.parse(template, this);
    }
}
