package io.camelbenthos.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A config document as a small positioned tree: what the spec-driven parser walks. Kept independent of the YAML
 * library so {@code --set} overrides can edit it and every value keeps the place it was written.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {
    Position position();

    /** The YAML tag name for error messages, as Benthos prints it ({@code !!str}, {@code !!map}, ...). */
    String tagName();

    /**
     * A scalar.
     *
     * @param isNull        a plain {@code null}, {@code ~} or empty value
     * @param block         a literal ({@code |}) or folded ({@code >}) block scalar, whose content starts on the next line
     * @param quoted        written in single or double quotes
     * @param contentIndent for a block scalar, the column (1-based) its content lines start at
     */
    record Scalar(String value, Position position, String tagName, boolean isNull, boolean block, boolean quoted,
                  int contentIndent) implements YamlNode {
        public static Scalar plain(String value, Position position) {
            return new Scalar(value, position, "!!str", false, false, false, 0);
        }
    }

    /** A mapping; keys keep their order and their own positions. */
    record Mapping(LinkedHashMap<String, Entry> entries, Position position) implements YamlNode {
        @Override
        public String tagName() {
            return "!!map";
        }

        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        public Map<String, Entry> view() {
            return entries;
        }
    }

    /** One key of a mapping with where the key was written. */
    record Entry(String key, Position keyPosition, YamlNode value) {
    }

    record Sequence(List<YamlNode> items, Position position) implements YamlNode {
        @Override
        public String tagName() {
            return "!!seq";
        }
    }
}
