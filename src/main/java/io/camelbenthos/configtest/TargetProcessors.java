package io.camelbenthos.configtest;

import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.config.PlainNodes;
import io.camelbenthos.config.Position;
import io.camelbenthos.config.StreamConfig;
import io.camelbenthos.config.YamlNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds what one case runs: the target config read with the case's environment, mocks applied, then only the
 * targeted processors kept as the pipeline of a config that also keeps the file's caches, rate limits and processor
 * resources (plus those of {@code -r} files). Inputs, outputs and their resources are dropped, as Benthos does.
 */
final class TargetProcessors {
    private static final List<String> KEPT_SECTIONS = ResourceFiles.SECTIONS;
    private static final Set<String> LABELLED_SECTIONS = Set.of("input", "output", "pipeline", "processor_resources",
            "input_resources", "output_resources");

    private final Path configFile;
    private final List<Path> resourceFiles;
    private final Map<String, String> baseEnvironment;
    private final ComponentRegistry registry;

    TargetProcessors(Path configFile, List<Path> resourceFiles, Map<String, String> baseEnvironment,
                     ComponentRegistry registry) {
        this.configFile = configFile;
        this.resourceFiles = List.copyOf(resourceFiles);
        this.baseEnvironment = Map.copyOf(baseEnvironment);
        this.registry = registry;
    }

    /** @throws IllegalArgumentException with Benthos's reason when the processors cannot be provided */
    StreamConfig provide(TestCase c) {
        Map<String, String> env = environment(c);
        if (!c.targetMapping().isEmpty()) {
            return mapping(c, env);
        }
        String target = c.targetProcessors();
        Path file = configFile;
        String pointer = target;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            try {
                URI uri = new URI(target);
                if (uri.getScheme() != null && !uri.getScheme().equals("file")) {
                    throw new IllegalArgumentException("failed to initialise processors '" + target
                            + "': target processors '" + target + "' contains non-path scheme value");
                }
            } catch (URISyntaxException e) {
                // Not a URI: a plain relative path with a fragment.
            }
            String path = target.substring(0, hash);
            pointer = target.substring(hash + 1);
            if (path.isEmpty() && pointer.isEmpty()) {
                throw new IllegalArgumentException("failed to initialise processors '" + target
                        + "': failed to target processors '" + target + "': reference URI must contain a path or fragment");
            }
            if (!path.isEmpty()) {
                file = dir().resolve(path).normalize();
            }
            if (pointer.isEmpty()) {
                pointer = "/pipeline/processors";
            }
        }
        YamlNode tree = read(file, env);
        tree = applyMocks(tree, c.mocks(), c.targetProcessors());
        YamlNode processors;
        if (pointer.startsWith("/")) {
            try {
                processors = JsonPointer.get(tree, pointer);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new IllegalArgumentException("failed to initialise processors '" + target
                        + "': failed to resolve case processors from '" + file + "': " + e.getMessage());
            }
        } else {
            String labelled = labelPointer(tree, pointer, "");
            processors = labelled == null ? null : JsonPointer.get(tree, labelled);
            pointer = labelled;
            if (processors == null) {
                throw new IllegalArgumentException("failed to initialise processors '" + target + "': target for label '"
                        + pointer + "' failed as the label was not found in the test target file, it is not currently "
                        + "possible to target resources imported separate to the test file");
            }
        }
        if (pointer.startsWith("/processor_resources")) {
            // The resources stay built as resources: the copy run as the pipeline must not claim their labels again.
            processors = withoutLabels(processors);
        }
        return parse(file, tree, processors, target);
    }

    private static YamlNode withoutLabels(YamlNode node) {
        if (node instanceof YamlNode.Sequence s) {
            return new YamlNode.Sequence(s.items().stream().map(TargetProcessors::withoutLabels).toList(), s.position());
        }
        if (node instanceof YamlNode.Mapping m) {
            LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            m.view().forEach((k, e) -> {
                if (!(k.equals("label") && e.value() instanceof YamlNode.Scalar)) {
                    entries.put(k, new YamlNode.Entry(k, e.keyPosition(), withoutLabels(e.value())));
                }
            });
            return new YamlNode.Mapping(entries, m.position());
        }
        return node;
    }

    private StreamConfig mapping(TestCase c, Map<String, String> env) {
        Path mappingFile = dir().resolve(c.targetMapping());
        String text;
        try {
            text = java.nio.file.Files.readString(mappingFile);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("failed to initialise Bloblang mapping '" + c.targetMapping() + "': "
                    + FileErrors.describe(mappingFile, e));
        }
        Position at = new Position(mappingFile.toString(), 1, 1);
        YamlNode processors = PlainNodes.toNode(List.of(Map.of("bloblang", text)), at);
        YamlNode tree = new YamlNode.Mapping(new LinkedHashMap<>(), at);
        try {
            return parse(configFile, ResourceFiles.merge(tree, resourceFiles, env), processors, c.targetMapping());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("failed to initialise Bloblang mapping '" + c.targetMapping() + "': "
                    + e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
        }
    }

    private Map<String, String> environment(TestCase c) {
        Map<String, String> env = new LinkedHashMap<>(baseEnvironment);
        env.putAll(c.environment());
        return env;
    }

    private Path dir() {
        Path parent = configFile.getParent();
        return parent == null ? Path.of(".") : parent;
    }

    /** The file interpolated with the case's environment (missing variables are no error here) and the -r resources. */
    private YamlNode read(Path file, Map<String, String> env) {
        return ResourceFiles.merge(ResourceFiles.read(file, env), resourceFiles, env);
    }

    /** Pointer mocks first, then label mocks; a mock without a label keeps the replaced processor's. */
    private static YamlNode applyMocks(YamlNode tree, Map<String, YamlNode> mocks, String target) {
        YamlNode result = tree;
        for (Map.Entry<String, YamlNode> mock : mocks.entrySet()) {
            if (!mock.getKey().startsWith("/")) {
                continue;
            }
            YamlNode replaced = null;
            if (!mock.getKey().endsWith("/-")) {
                try {
                    replaced = JsonPointer.get(result, mock.getKey());
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    throw new IllegalArgumentException("failed to initialise processors '" + target
                            + "': failed to set mock '" + mock.getKey() + "': " + e.getMessage());
                }
            }
            try {
                result = JsonPointer.set(result, mock.getKey(), keepLabel(mock.getValue(), replaced));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new IllegalArgumentException("failed to initialise processors '" + target
                        + "': failed to set mock '" + mock.getKey() + "': " + e.getMessage());
            }
        }
        for (Map.Entry<String, YamlNode> mock : mocks.entrySet()) {
            if (mock.getKey().startsWith("/")) {
                continue;
            }
            String pointer = labelPointer(result, mock.getKey(), "");
            if (pointer == null) {
                throw new IllegalArgumentException("failed to initialise processors '" + target + "': mock for label '"
                        + mock.getKey() + "' could not be applied as the label was not found in the test target file, it "
                        + "is not currently possible to mock resources imported separate to the test file");
            }
            result = JsonPointer.set(result, pointer, keepLabel(mock.getValue(), JsonPointer.get(result, pointer)));
        }
        return result;
    }

    private static YamlNode keepLabel(YamlNode mock, YamlNode replaced) {
        if (!(mock instanceof YamlNode.Mapping m) || m.get("label") != null
                || !(replaced instanceof YamlNode.Mapping r) || r.entries().get("label") == null) {
            return mock;
        }
        LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        entries.put("label", r.entries().get("label"));
        entries.putAll(m.entries());
        return new YamlNode.Mapping(entries, m.position());
    }

    /** The pointer of the component labelled {@code label} anywhere in the tree, or null. */
    private static String labelPointer(YamlNode node, String label, String at) {
        if (node instanceof YamlNode.Mapping m) {
            if (!at.isEmpty() && m.get("label") instanceof YamlNode.Scalar s && label.equals(s.value())) {
                return at;
            }
            for (Map.Entry<String, YamlNode.Entry> e : m.view().entrySet()) {
                if (at.isEmpty() && !LABELLED_SECTIONS.contains(e.getKey())) {
                    continue;
                }
                String found = labelPointer(e.getValue().value(), label,
                        at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"));
                if (found != null) {
                    return found;
                }
            }
        } else if (node instanceof YamlNode.Sequence s) {
            for (int i = 0; i < s.items().size(); i++) {
                String found = labelPointer(s.items().get(i), label, at + "/" + i);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A config of the kept sections plus the targeted processors as its pipeline, validated as any config. */
    private StreamConfig parse(Path file, YamlNode tree, YamlNode processors, String target) {
        Position at = processors.position();
        LinkedHashMap<String, YamlNode.Entry> root = new LinkedHashMap<>();
        if (tree instanceof YamlNode.Mapping m) {
            for (String section : KEPT_SECTIONS) {
                YamlNode.Entry e = m.entries().get(section);
                if (e != null) {
                    root.put(section, e);
                }
            }
        }
        YamlNode list = processors instanceof YamlNode.Sequence ? processors
                : new YamlNode.Sequence(List.of(processors), at);
        LinkedHashMap<String, YamlNode.Entry> pipeline = new LinkedHashMap<>();
        pipeline.put("processors", new YamlNode.Entry("processors", at, list));
        root.put("pipeline", new YamlNode.Entry("pipeline", at, new YamlNode.Mapping(pipeline, at)));
        try {
            return new ConfigLoader(registry, Map.of(), List.of()).parseTree(file.toString(),
                    new YamlNode.Mapping(root, tree.position()));
        } catch (ConfigException e) {
            throw new IllegalArgumentException("failed to initialise processors '" + target
                    + "': failed to resolve case processors from '" + file + "': " + String.join("; ", e.errors()));
        }
    }
}
