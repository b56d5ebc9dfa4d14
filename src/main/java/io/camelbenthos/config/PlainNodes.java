package io.camelbenthos.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Converts between {@link YamlNode}s and plain Java data (String, Long, Double, Boolean, List, Map, null). */
public final class PlainNodes {
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private PlainNodes() {
    }

    /** Plain data as a tree placed at {@code at}: how defaults and {@code --set} values enter the parser. */
    public static YamlNode toNode(Object value, Position at) {
        if (value instanceof Map<?, ?> map) {
            LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            map.forEach((k, v) -> entries.put(String.valueOf(k), new YamlNode.Entry(String.valueOf(k), at, toNode(v, at))));
            return new YamlNode.Mapping(entries, at);
        }
        if (value instanceof List<?> list) {
            List<YamlNode> items = new ArrayList<>();
            list.forEach(v -> items.add(toNode(v, at)));
            return new YamlNode.Sequence(items, at);
        }
        if (value == null) {
            return new YamlNode.Scalar("", at, "!!null", true, false, false, 0);
        }
        String tag = value instanceof Long || value instanceof Integer ? "!!int"
                : value instanceof Number ? "!!float" : value instanceof Boolean ? "!!bool" : "!!str";
        return new YamlNode.Scalar(String.valueOf(value), at, tag, false, false, value instanceof String, 0);
    }

    /** A tree as plain data, resolving plain scalars the way YAML 1.2's core schema does. */
    public static Object toPlain(YamlNode node) {
        if (node instanceof YamlNode.Mapping map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.view().forEach((k, e) -> out.put(k, toPlain(e.value())));
            return out;
        }
        if (node instanceof YamlNode.Sequence seq) {
            List<Object> out = new ArrayList<>();
            seq.items().forEach(item -> out.add(toPlain(item)));
            return out;
        }
        YamlNode.Scalar s = (YamlNode.Scalar) node;
        return scalar(s);
    }

    static Object scalar(YamlNode.Scalar s) {
        if (s.isNull()) {
            return null;
        }
        switch (s.tagName()) {
            case "!!int":
                if (INT.matcher(s.value()).matches()) {
                    return Long.parseLong(s.value());
                }
                return s.value();
            case "!!float":
                if (FLOAT.matcher(s.value()).matches()) {
                    return Double.parseDouble(s.value());
                }
                return s.value();
            case "!!bool":
                return Boolean.parseBoolean(s.value());
            default:
                return s.value();
        }
    }

    /** Reads a {@code --set} value the way YAML would read it on its own. */
    static YamlNode parseValue(String text, Position at) {
        if (text.isEmpty()) {
            return new YamlNode.Scalar("", at, "!!str", false, false, true, 0);
        }
        YamlNode parsed = YamlReader.read(at.file(), text);
        return relocate(parsed, at);
    }

    private static YamlNode relocate(YamlNode node, Position at) {
        if (node instanceof YamlNode.Mapping map) {
            LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            map.view().forEach((k, e) -> entries.put(k, new YamlNode.Entry(k, at, relocate(e.value(), at))));
            return new YamlNode.Mapping(entries, at);
        }
        if (node instanceof YamlNode.Sequence seq) {
            return new YamlNode.Sequence(seq.items().stream().map(i -> relocate(i, at)).toList(), at);
        }
        YamlNode.Scalar s = (YamlNode.Scalar) node;
        return new YamlNode.Scalar(s.value(), at, s.tagName(), s.isNull(), false, s.quoted(), 0);
    }
}
