package io.camelbenthos.configtest;

import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.config.EnvInterpolator;
import io.camelbenthos.config.ResourceSections;
import io.camelbenthos.config.YamlNode;
import io.camelbenthos.config.YamlReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code -r/--resources}: files whose processor, cache and rate limit resources are added to every test target
 * (inputs and outputs are stripped from a test anyway). Their text is interpolated like the target's.
 */
final class ResourceFiles {
    static final List<String> SECTIONS = List.of("processor_resources", "cache_resources", "rate_limit_resources");

    private ResourceFiles() {
    }

    /** A config file with env vars resolved (a missing variable is no error here: each case may set its own). */
    static YamlNode read(Path file, Map<String, String> env) {
        String text = ConfigLoader.read(file);
        return YamlReader.read(file.toString(), new EnvInterpolator(env).interpolate(file.toString(), text).text());
    }

    /** The tree with every resource file's sections appended to its own. */
    static YamlNode merge(YamlNode tree, List<Path> resourceFiles, Map<String, String> env) {
        YamlNode result = tree;
        for (Path res : resourceFiles) {
            result = ResourceSections.merge(result, read(res, env), SECTIONS);
        }
        return result;
    }
}
