package io.camelbenthos.config;

import io.camelbenthos.components.ComponentRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a Benthos config file into a validated {@link StreamConfig}: env interpolation on the raw text, YAML with
 * positions, {@code --set} overrides, spec-driven parsing with defaults, resource checks. Every problem is reported
 * at once in a {@link ConfigException}; nothing is returned from a config with problems.
 */
public final class ConfigLoader {
    private static final Set<String> RESOURCE_SECTIONS = Set.of("input_resources", "processor_resources", "output_resources",
            "rate_limit_resources", "cache_resources");

    private final ComponentRegistry registry;
    private final Map<String, String> environment;
    private final List<String> overrides;
    private Consumer<String> chilled;

    /**
     * @param environment variables for {@code ${VAR}} interpolation (process env overlaid with env files)
     * @param overrides   {@code path=value} strings from {@code --set}
     */
    public ConfigLoader(ComponentRegistry registry, Map<String, String> environment, List<String> overrides) {
        this.registry = registry;
        this.environment = Map.copyOf(environment);
        this.overrides = List.copyOf(overrides);
    }

    /**
     * From now on, lint-only problems (an unknown field, ignored) go to {@code warnings} instead of failing the
     * config, as Benthos's {@code --chilled} does; every other problem still fails.
     */
    public ConfigLoader chilled(Consumer<String> warnings) {
        this.chilled = warnings;
        return this;
    }

    /** A loader with the default registry, the process environment and no overrides. */
    public static ConfigLoader standard() {
        return new ConfigLoader(ComponentRegistry.defaultRegistry(), System.getenv(), List.of());
    }

    public StreamConfig load(Path file) {
        return parse(file.toString(), read(file));
    }

    /** Reads a file as UTF-8; a read failure is a config error on line 1. */
    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(new Position(file.toString(), 1, 1), "failed to read config: " + e.getMessage());
        }
    }

    /**
     * @param location the file name used in messages and for the stream id
     * @throws ConfigException listing every problem
     */
    public StreamConfig parse(String location, String text) {
        return parse(location, text, null);
    }

    /**
     * A stream of streams mode (processors reference §22.2): the text may hold only {@code input}, {@code buffer},
     * {@code pipeline}, {@code output} (and {@code tests}, ignored); anything else is the lint Benthos gives,
     * {@code field X not recognised}. The root config's other sections (its resources, {@code http},
     * {@code logger}, ...) are added from {@code shared}, keeping their own positions.
     *
     * @param id the stream id (streams mode names streams itself)
     */
    public StreamConfig parseStream(String id, String location, String text, YamlNode.Mapping shared) {
        return parse(location, text, shared).withId(id);
    }

    /** The sections a stream of streams mode may write itself. */
    public static final Set<String> STREAM_SECTIONS = Set.of("input", "buffer", "pipeline", "output", "tests");

    private StreamConfig parse(String location, String text, YamlNode.Mapping shared) {
        Problems problems = new Problems();
        EnvInterpolator.Result env = new EnvInterpolator(environment).interpolate(location, text);
        if (env.missingMessage() != null) {
            problems.add(new Position(location, 1, 1), env.missingMessage());
        }
        YamlNode tree = YamlReader.read(location, env.text());
        if (shared != null && tree instanceof YamlNode.Mapping stream) {
            for (YamlNode.Entry entry : List.copyOf(stream.entries().values())) {
                if (!STREAM_SECTIONS.contains(entry.key())) {
                    problems.addLint(entry.keyPosition(), "field " + entry.key() + " not recognised");
                    stream.entries().remove(entry.key());
                }
            }
            shared.entries().forEach((key, entry) -> {
                if (!STREAM_SECTIONS.contains(key)) {
                    stream.entries().put(key, entry);
                }
            });
        }
        return validate(location, Overrides.apply(tree, overrides, location, problems), problems);
    }

    /**
     * Validates a tree that is already interpolated (the {@code test} command edits it first: mocks, targeted
     * processors). Env-var problems were the caller's to judge; {@code --set} overrides are not applied.
     *
     * @throws ConfigException listing every problem
     */
    public StreamConfig parseTree(String location, YamlNode tree) {
        return validate(location, tree, new Problems());
    }

    private StreamConfig validate(String location, YamlNode tree, Problems problems) {
        ConfigParser parser = new ConfigParser(registry, problems);
        ParsedConfig root = parser.root(tree);
        checkResources(root, tree, parser, problems);
        problems.throwIfAny(chilled);
        return new StreamConfig(streamId(location), location, root);
    }

    /**
     * A root config's sections for streams mode, env resolved: everything but the stream sections, shared by every
     * stream ({@link #parseStream}). The root is validated as a whole first.
     *
     * @throws ConfigException listing every problem of the root config
     */
    public YamlNode.Mapping sharedSections(String location, String text) {
        parse(location, text);
        YamlNode tree = YamlReader.read(location, new EnvInterpolator(environment).interpolate(location, text).text());
        java.util.LinkedHashMap<String, YamlNode.Entry> shared = new java.util.LinkedHashMap<>();
        if (tree instanceof YamlNode.Mapping root) {
            root.entries().forEach((key, entry) -> {
                if (!STREAM_SECTIONS.contains(key)) {
                    shared.put(key, entry);
                }
            });
        }
        return new YamlNode.Mapping(shared, new Position(location, 1, 1));
    }

    /** Every problem of a config as {@code file:line:col: message}; empty when it is valid. */
    public List<String> lint(String location, String text) {
        try {
            parse(location, text);
            return List.of();
        } catch (ConfigException e) {
            return e.errors();
        }
    }

    private static void checkResources(ParsedConfig root, YamlNode tree, ConfigParser parser, Problems problems) {
        for (String section : RESOURCE_SECTIONS) {
            for (ComponentConfig c : root.components(section)) {
                if (c.label().isEmpty()) {
                    problems.add(c.position(), "the label field for resources must be unique and not empty");
                }
            }
        }
        for (ConfigParser.ResourceRef ref : parser.resourceRefs()) {
            String section = ref.kind().yamlName() + "_resources";
            boolean found = root.components(section).stream().anyMatch(c -> c.label().equals(ref.label()));
            if (!found) {
                problems.add(ref.position(), ref.kind().displayName() + " resource '" + ref.label() + "' was not found");
            }
        }
    }

    /**
     * The stream id for a file: its name without directory and without a {@code .yaml}/{@code .yml} (and
     * {@code .benthos}) extension, other characters than {@code [A-Za-z0-9_-]} replaced by {@code _}.
     */
    public static String streamId(String location) {
        String name = location.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int colon = name.lastIndexOf(':');
        if (colon >= 0) {
            name = name.substring(colon + 1);
        }
        for (String ext : List.of(".yaml", ".yml", ".benthos")) {
            if (name.endsWith(ext)) {
                name = name.substring(0, name.length() - ext.length());
            }
        }
        String id = name.replaceAll("[^A-Za-z0-9_-]", "_");
        return id.isEmpty() ? "stream" : id;
    }
}
