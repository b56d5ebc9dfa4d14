package io.camelbenthos.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * {@code -r/--resources} files: their {@code *_resources} sections appended to a config's own, every item keeping
 * the file and line it was written at (so a label defined twice is reported where each one is).
 */
public final class ResourceSections {
    public static final List<String> ALL = List.of("input_resources", "processor_resources", "output_resources",
            "cache_resources", "rate_limit_resources");

    private ResourceSections() {
    }

    /** The tree with {@code sections} of {@code resources} appended to its own (a tree that is not a mapping is kept). */
    public static YamlNode merge(YamlNode tree, YamlNode resources, List<String> sections) {
        if (!(resources instanceof YamlNode.Mapping rm) || !(tree instanceof YamlNode.Mapping m)) {
            return tree;
        }
        LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>(m.entries());
        for (String section : sections) {
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
        return new YamlNode.Mapping(entries, m.position());
    }

    /**
     * Reads a resource file for a run: env vars resolved (a missing one is a problem on line 1), and anything but
     * resource sections reported as {@code field X not recognised}.
     */
    static YamlNode read(String location, String text, java.util.Map<String, String> environment, Problems problems) {
        EnvInterpolator.Result env = new EnvInterpolator(environment).interpolate(location, text);
        if (env.missingMessage() != null) {
            problems.add(new Position(location, 1, 1), env.missingMessage());
        }
        YamlNode tree = YamlReader.read(location, env.text());
        if (tree instanceof YamlNode.Mapping map) {
            for (YamlNode.Entry e : map.entries().values()) {
                if (!ALL.contains(e.key())) {
                    problems.addLint(e.keyPosition(), "field " + e.key() + " not recognised");
                }
            }
        } else if (!(tree instanceof YamlNode.Scalar s && s.isNull())) {
            problems.add(tree.position(), "expected object value, got " + tree.tagName());
        }
        return tree;
    }
}
