package io.camelbenthos.runtime;

import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.config.DotEnv;
import io.camelbenthos.config.PathGlobs;
import io.camelbenthos.config.StreamConfig;
import io.camelbenthos.template.Templates;
import io.camelbenthos.translate.StreamTranslator;
import io.camelbenthos.translate.TranslatedStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads and translates every config file of a run, collecting the problems of all files before failing, and gives
 * each stream an id unique in the context (the file name, suffixed when two files share a name).
 */
public final class StreamsLoader {
    private final ConfigLoader loader;
    private final ComponentRegistry registry;
    private final List<String> chilledLints = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** @throws ConfigException when a template file ({@code -t}) has problems */
    public StreamsLoader(RunOptions options) {
        this(options, Templates.registryOrFail(options.templates()));
    }

    public StreamsLoader(RunOptions options, ComponentRegistry registry) {
        this.registry = registry;
        this.loader = new ConfigLoader(registry, DotEnv.overlay(System.getenv(), options.envFiles()), options.overrides())
                .withResources(PathGlobs.expand(options.resources()));
        if (options.chilled()) {
            loader.chilled(chilledLints::add);
        }
    }

    /**
     * The lint-only problems a chilled run went on with, as {@code file:line:col: message}, for the caller to log
     * once logging is set up (parsing happens before the log level is known).
     */
    public List<String> chilledLints() {
        return List.copyOf(chilledLints);
    }

    /** The components configs may use: the built-in ones plus the run's templates. */
    public ComponentRegistry registry() {
        return registry;
    }

    public ConfigLoader configLoader() {
        return loader;
    }

    /** Parses and translates every file. @throws ConfigException listing the problems of every file */
    public List<TranslatedStream> load(List<Path> files) {
        return translate(parse(files));
    }

    /** Parses every file (env, overrides, validation). @throws ConfigException listing the problems of every file */
    public List<StreamConfig> parse(List<Path> files) {
        List<String> errors = new ArrayList<>();
        List<StreamConfig> configs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean lintOnly = true;
        for (Path file : files) {
            try {
                checkUniqueId(file, ids);
                configs.add(loader.parse(file.toString(), ConfigLoader.read(file)));
            } catch (ConfigException e) {
                errors.addAll(e.errors());
                lintOnly &= e.lintOnly();
            }
        }
        if (!errors.isEmpty()) {
            throw new ConfigException(errors, lintOnly);
        }
        return configs;
    }

    /** Translates parsed configs. @throws ConfigException listing the translation problems of every config */
    public List<TranslatedStream> translate(List<StreamConfig> configs) {
        List<String> errors = new ArrayList<>();
        List<TranslatedStream> streams = new ArrayList<>();
        for (StreamConfig config : configs) {
            try {
                streams.add(StreamTranslator.translate(config, registry));
            } catch (ConfigException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return streams;
    }

    /** Loads one file again, for a reload; its stream id is the same as before since it comes from the name. */
    public TranslatedStream reload(Path file) {
        return StreamTranslator.translate(loader.parse(file.toString(), ConfigLoader.read(file)), registry);
    }

    private static void checkUniqueId(Path file, Set<String> ids) {
        String id = ConfigLoader.streamId(file.toString());
        if (!ids.add(id)) {
            throw new ConfigException(new io.camelbenthos.config.Position(file.toString(), 1, 1),
                    "stream id '" + id + "' is already used by another config file: rename one of them");
        }
    }
}
