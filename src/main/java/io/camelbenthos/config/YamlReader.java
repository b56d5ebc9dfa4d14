package io.camelbenthos.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reads YAML text into a {@link YamlNode} tree that remembers the line and column of every key and value. */
public final class YamlReader {
    private final String location;
    private final String[] lines;

    private YamlReader(String location, String text) {
        this.location = location;
        this.lines = text.split("\n", -1);
    }

    /**
     * Parses one YAML document; an empty document is an empty mapping.
     *
     * @throws ConfigException positioned at the syntax error
     */
    public static YamlNode read(String location, String text) {
        YamlReader reader = new YamlReader(location, text);
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(location).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Position p = e.getProblemMark().map(reader::position).orElse(new Position(location, 1, 1));
            throw new ConfigException(p, "failed to parse YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ConfigException(new Position(location, 1, 1), "failed to parse YAML: " + e.getMessage());
        }
        return root.map(reader::convert)
                .orElseGet(() -> new YamlNode.Mapping(new LinkedHashMap<>(), new Position(location, 1, 1)));
    }

    private YamlNode convert(Node node) {
        Position pos = node.getStartMark().map(this::position).orElse(new Position(location, 1, 1));
        if (node instanceof MappingNode map) {
            LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                Node keyNode = t.getKeyNode();
                String key = keyNode instanceof ScalarNode s ? s.getValue() : String.valueOf(keyNode);
                Position keyPos = keyNode.getStartMark().map(this::position).orElse(pos);
                entries.put(key, new YamlNode.Entry(key, keyPos, convert(t.getValueNode())));
            }
            return new YamlNode.Mapping(entries, pos);
        }
        if (node instanceof SequenceNode seq) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(convert(item));
            }
            return new YamlNode.Sequence(items, pos);
        }
        ScalarNode s = (ScalarNode) node;
        ScalarStyle style = s.getScalarStyle();
        boolean block = style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED;
        boolean quoted = style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED;
        boolean isNull = Tag.NULL.equals(s.getTag());
        return new YamlNode.Scalar(s.getValue(), pos, tagName(s.getTag()), isNull, block, quoted,
                block ? blockIndent(pos.line()) : 0);
    }

    private static String tagName(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }

    /** The column where a block scalar's content starts: the indentation of its first non-blank line. */
    private int blockIndent(int indicatorLine) {
        for (int i = indicatorLine; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isBlank()) {
                int indent = 0;
                while (indent < line.length() && line.charAt(indent) == ' ') {
                    indent++;
                }
                return indent + 1;
            }
        }
        return 1;
    }

    private Position position(Mark mark) {
        return new Position(location, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
