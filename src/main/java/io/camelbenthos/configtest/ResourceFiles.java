package io.camelbenthos.configtest;

import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.config.EnvInterpolator;
import io.camelbenthos.config.YamlNode;
import io.camelbenthos.config.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
            YamlNode resTree = read(res, env);
            if (!(resTree instanceof YamlNode.Mapping rm) || !(result instanceof YamlNode.Mapping m)) {
                continue;
            }
            LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>(m.entries());
            for (String section : SECTIONS) {
                YamlNode.Entry add = rm.entries().get(section);
                if (add == null || !(add.value() instanceof YamlNode.Sequence addSeq)) {
                    continue;
                }
                YamlNode.Entry mine = entries.get(section);
                List<YamlNode> items = new ArrayList<>();
                if (mine != null && mine.value() instanceof YamlNode.Sequence s) {
                    items.addAll(s.items());
                }
                items.addAll(addSeq.items());
                entries.put(section, new YamlNode.Entry(section, mine == null ? add.keyPosition() : mine.keyPosition(),
                        new YamlNode.Sequence(items, mine == null ? addSeq.position() : mine.value().position())));
            }
            result = new YamlNode.Mapping(entries, m.position());
        }
        return result;
    }
}
