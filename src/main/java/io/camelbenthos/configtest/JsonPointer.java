package io.camelbenthos.configtest;

import io.camelbenthos.config.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * RFC 6901 pointers into a config tree ({@code /pipeline/processors/0}, {@code ~1} for {@code /}, {@code ~0} for
 * {@code ~}): reading a node, and replacing one (a last segment {@code -} appends to a list), as the {@code test}
 * command's targets and mocks need. Trees are never edited in place: a changed copy is returned.
 */
final class JsonPointer {
    private JsonPointer() {
    }

    static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty() || pointer.equals("/")) {
            return out;
        }
        String p = pointer.startsWith("/") ? pointer.substring(1) : pointer;
        for (String s : p.split("/", -1)) {
            out.add(s.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    /** @throws IllegalArgumentException naming the segment that does not resolve */
    static YamlNode get(YamlNode root, String pointer) {
        YamlNode node = root;
        for (String seg : segments(pointer)) {
            if (node instanceof YamlNode.Mapping m) {
                YamlNode next = m.get(seg);
                if (next == null) {
                    throw new IllegalArgumentException("failed to resolve JSON pointer: path not found: " + pointer);
                }
                node = next;
            } else if (node instanceof YamlNode.Sequence s) {
                node = s.items().get(index(seg, s.items().size(), pointer));
            } else {
                throw new IllegalArgumentException("failed to resolve JSON pointer: path not found: " + pointer);
            }
        }
        return node;
    }

    /** The tree with the node at {@code pointer} replaced by {@code value}; a final {@code -} appends. */
    static YamlNode set(YamlNode root, String pointer, YamlNode value) {
        return set(root, segments(pointer), 0, value, pointer);
    }

    private static YamlNode set(YamlNode node, List<String> segs, int i, YamlNode value, String pointer) {
        if (i == segs.size()) {
            return value;
        }
        String seg = segs.get(i);
        if (node instanceof YamlNode.Sequence s) {
            List<YamlNode> items = new ArrayList<>(s.items());
            if (seg.equals("-") && i == segs.size() - 1) {
                items.add(value);
            } else {
                int idx = index(seg, items.size(), pointer);
                items.set(idx, set(items.get(idx), segs, i + 1, value, pointer));
            }
            return new YamlNode.Sequence(items, s.position());
        }
        if (node instanceof YamlNode.Mapping m) {
            LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>(m.entries());
            YamlNode.Entry existing = entries.get(seg);
            if (existing == null && i < segs.size() - 1) {
                throw new IllegalArgumentException("failed to resolve JSON pointer: path not found: " + pointer);
            }
            YamlNode child = existing == null ? null : existing.value();
            YamlNode replaced = child == null ? value : set(child, segs, i + 1, value, pointer);
            entries.put(seg, new YamlNode.Entry(seg, existing == null ? value.position() : existing.keyPosition(), replaced));
            return new YamlNode.Mapping(entries, m.position());
        }
        throw new IllegalArgumentException("failed to resolve JSON pointer: path not found: " + pointer);
    }

    private static int index(String seg, int size, String pointer) {
        int idx;
        try {
            idx = Integer.parseInt(seg);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("failed to resolve JSON pointer: index '" + seg + "' is not a number: "
                    + pointer);
        }
        if (idx < 0 || idx >= size) {
            throw new IllegalArgumentException("failed to resolve JSON pointer: index '" + idx
                    + "' exceeds target array size of '" + size + "'");
        }
        return idx;
    }
}
