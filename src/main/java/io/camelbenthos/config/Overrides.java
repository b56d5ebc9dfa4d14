package io.camelbenthos.config;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * Applies {@code --set path=value} overrides to a config tree before it is parsed, so overridden values are
 * validated like written ones. Paths are dotted; numeric segments index arrays ({@code output.broker.outputs.0}).
 * Missing intermediate objects are created.
 */
final class Overrides {
    private Overrides() {
    }

    static YamlNode apply(YamlNode root, List<String> sets, String location, Problems problems) {
        YamlNode result = root;
        for (String set : sets) {
            int eq = set.indexOf('=');
            Position at = new Position(location, 1, 1);
            if (eq <= 0) {
                problems.add(at, "invalid --set '" + set + "': expected path=value");
                continue;
            }
            String[] segments = set.substring(0, eq).split("\\.");
            YamlNode value = PlainNodes.parseValue(set.substring(eq + 1), at);
            result = set(result, segments, 0, value, set, problems);
        }
        return result;
    }

    private static YamlNode set(YamlNode node, String[] segments, int i, YamlNode value, String set, Problems problems) {
        if (i == segments.length) {
            return value;
        }
        String seg = segments[i];
        if (node instanceof YamlNode.Sequence seq) {
            int index;
            try {
                index = Integer.parseInt(seg);
            } catch (NumberFormatException e) {
                problems.add(node.position(), "invalid --set '" + set + "': '" + seg + "' is not an array index");
                return node;
            }
            if (index < 0 || index >= seq.items().size()) {
                problems.add(node.position(), "invalid --set '" + set + "': index " + index + " is out of range");
                return node;
            }
            java.util.List<YamlNode> items = new java.util.ArrayList<>(seq.items());
            items.set(index, set(items.get(index), segments, i + 1, value, set, problems));
            return new YamlNode.Sequence(items, seq.position());
        }
        LinkedHashMap<String, YamlNode.Entry> entries = node instanceof YamlNode.Mapping m
                ? new LinkedHashMap<>(m.entries()) : new LinkedHashMap<>();
        YamlNode.Entry existing = entries.get(seg);
        YamlNode child = existing == null ? new YamlNode.Mapping(new LinkedHashMap<>(), value.position()) : existing.value();
        Position keyPos = existing == null ? value.position() : existing.keyPosition();
        entries.put(seg, new YamlNode.Entry(seg, keyPos, set(child, segments, i + 1, value, set, problems)));
        return new YamlNode.Mapping(entries, node.position());
    }
}
