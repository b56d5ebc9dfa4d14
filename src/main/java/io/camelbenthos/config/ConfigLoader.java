package io.camelbenthos.config;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.components.FieldSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    private List<Path> resourceFiles = List.of();

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

    /**
     * From now on, the {@code *_resources} sections of these files ({@code -r/--resources}) are added to every config
     * this loader reads (in streams mode: to the root config's, which every stream shares).
     */
    public ConfigLoader withResources(List<Path> files) {
        this.resourceFiles = List.copyOf(files);
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
        if (shared == null) {
            tree = withResourceFiles(tree, problems);
        }
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

    /** The tree with the resource sections of every {@code -r} file appended, their problems added. */
    private YamlNode withResourceFiles(YamlNode tree, Problems problems) {
        YamlNode merged = tree;
        for (Path file : resourceFiles) {
            String location = file.toString();
            merged = ResourceSections.merge(merged, ResourceSections.read(location, read(file), environment, problems),
                    ResourceSections.ALL);
        }
        return merged;
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
        checkMetrics(root, problems);
        for (String problem : io.camelbenthos.tracing.TracerSettings.problems(root.raw("tracer"))) {
            problems.add(root.position("tracer"), problem);
        }
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
        YamlNode tree = withResourceFiles(YamlReader.read(location,
                new EnvInterpolator(environment).interpolate(location, text).text()), new Problems());
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

    /**
     * A document that is not a config (a template file) checked against its own field specs: unknown fields, types,
     * options, required fields and Bloblang, each problem added to {@code problems} at its place.
     */
    public static ParsedConfig checkObject(YamlNode tree, List<FieldSpec> fields, Problems problems) {
        ConfigParser parser = new ConfigParser(ComponentRegistry.defaultRegistry(), problems);
        if (tree instanceof YamlNode.Mapping map) {
            return parser.object(map, "root", "root", fields, null, false);
        }
        problems.add(tree.position(), "expected object value, got " + tree.tagName());
        return parser.object(new YamlNode.Mapping(new java.util.LinkedHashMap<>(), tree.position()), "root", "root",
                fields, null, false);
    }

    /**
     * One component config of {@code kind} (a template test's rendered config, a resource posted to the streams API),
     * checked with this loader's registry; its problems, positioned, are added to {@code problems}.
     *
     * @return the parsed component, or null when it is unusable
     */
    public ComponentConfig checkComponent(YamlNode node, ComponentKind kind, String path, Problems problems) {
        return new ConfigParser(registry, problems).component(node, kind, path);
    }

    /**
     * Streams mode's {@code POST /resources/{type}/{label}}: the root sections {@code shared} with the posted
     * component (env vars resolved, its label the given one) in place of the resource of that label, or added.
     *
     * @return the new sections and the root config they make, validated as a whole
     * @throws ConfigException listing the problems (the posted text's positions are in {@code location})
     */
    public SharedUpdate withResource(YamlNode.Mapping shared, ComponentKind kind, String label, String location,
                                     String text) {
        EnvInterpolator.Result env = new EnvInterpolator(environment).interpolate(location, text);
        if (env.missingMessage() != null) {
            throw new ConfigException(List.of(env.missingMessage()));
        }
        YamlNode posted = YamlReader.read(location, env.text());
        if (posted instanceof YamlNode.Mapping m) {
            LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>(m.entries());
            entries.put("label", new YamlNode.Entry("label", m.position(), YamlNode.Scalar.plain(label, m.position())));
            posted = new YamlNode.Mapping(entries, m.position());
        }
        String section = kind.yamlName() + "_resources";
        List<YamlNode> items = new ArrayList<>();
        YamlNode.Entry existing = shared.entries().get(section);
        if (existing != null && existing.value() instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (!(item instanceof YamlNode.Mapping im && im.get("label") instanceof YamlNode.Scalar l
                        && l.value().equals(label))) {
                    items.add(item);
                }
            }
        }
        items.add(posted);
        LinkedHashMap<String, YamlNode.Entry> sections = new LinkedHashMap<>(shared.entries());
        sections.put(section, new YamlNode.Entry(section, posted.position(), new YamlNode.Sequence(items, posted.position())));
        YamlNode.Mapping updated = new YamlNode.Mapping(sections, shared.position());
        return new SharedUpdate(updated, parseTree(location, updated));
    }

    /** Root sections after a change, and the root config they make. */
    public record SharedUpdate(YamlNode.Mapping sections, StreamConfig root) {
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

    private static void checkMetrics(ParsedConfig root, Problems problems) {
        for (String problem : io.camelbenthos.metrics.MetricsSettings.problems(root.raw("metrics"))) {
            problems.add(root.position("metrics"), problem);
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
