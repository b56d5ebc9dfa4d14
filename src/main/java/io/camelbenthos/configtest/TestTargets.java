package io.camelbenthos.configtest;

import io.camelbenthos.config.PathGlobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds what {@code test} runs, as Benthos does: a path ending in {@code ...} walks its directory for files ending
 * in {@code yaml}/{@code yml}, a glob ({@code *}, {@code ?}, {@code [}, {@code **}) expands, anything else is taken
 * as written. Each file pairs with its definition ({@code foo.yaml} and {@code foo_benthos_test.yaml}, either way
 * round); a config without a definition file is its own definition when it is YAML. Targets without cases are
 * skipped; the result is sorted by config path.
 */
final class TestTargets {
    static final String SUFFIX = "_benthos_test";

    /** A config and the cases its definition holds. */
    record Target(Path config, Path definition, List<TestCase> cases) {
    }

    private TestTargets() {
    }

    /** @throws DefinitionReader.DefinitionException with the reason the targets could not be obtained */
    static List<Target> find(List<String> args, Map<String, String> environment) throws DefinitionReader.DefinitionException {
        Map<String, Target> byConfig = new TreeMap<>();
        for (Path file : expand(args)) {
            Path[] pair = pair(file);
            Path config = pair[0];
            Path definition = pair[1];
            if (!Files.exists(config)) {
                throw new DefinitionReader.DefinitionException("unable to access target config file '" + config
                        + "': stat " + config + ": no such file or directory");
            }
            if (!Files.exists(definition)) {
                String name = config.toString();
                if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
                    continue;
                }
                definition = config;
            }
            List<TestCase> cases = DefinitionReader.read(definition, environment);
            if (!cases.isEmpty()) {
                byConfig.put(config.toString(), new Target(config, definition, cases));
            }
        }
        return List.copyOf(byConfig.values());
    }

    /** {config, definition} for a path naming either of them. */
    static Path[] pair(Path file) {
        Path clean = clean(file);
        String name = clean.getFileName() == null ? "" : clean.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - ext.length());
        Path parent = clean.getParent();
        if (base.endsWith(SUFFIX)) {
            String configName = base.substring(0, base.length() - SUFFIX.length()) + ext;
            return new Path[] {parent == null ? Path.of(configName) : parent.resolve(configName), clean};
        }
        String defName = base + SUFFIX + ext;
        return new Path[] {clean, parent == null ? Path.of(defName) : parent.resolve(defName)};
    }

    private static Path clean(Path p) {
        Path n = p.normalize();
        return n.toString().isEmpty() ? Path.of(".") : n;
    }

    private static List<Path> expand(List<String> args) throws DefinitionReader.DefinitionException {
        List<Path> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.endsWith("...")) {
                String root = arg.substring(0, arg.length() - 3);
                while (root.endsWith("/") && root.length() > 1) {
                    root = root.substring(0, root.length() - 1);
                }
                Path dir = Path.of(root.isEmpty() ? "." : root);
                if (!Files.exists(dir)) {
                    throw new DefinitionReader.DefinitionException("stat " + root + ": no such file or directory");
                }
                out.addAll(PathGlobs.yamlFiles(dir));
            } else if (PathGlobs.isGlob(arg)) {
                out.addAll(PathGlobs.glob(arg));
            } else {
                out.add(Path.of(arg));
            }
        }
        return out;
    }

    /** Each argument as a glob when it has glob characters, else as written ({@code -r} files). */
    static List<Path> globs(List<String> args) {
        return PathGlobs.expand(args);
    }
}
