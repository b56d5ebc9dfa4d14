package io.camelbenthos.config;

import io.camelbenthos.bloblang.go.GoStrconv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads YAML text into a {@link YamlNode} tree that remembers the line and column of every key and value. A key
 * written twice in one mapping is refused, as yaml.v3 does, rather than one of the two being dropped silently.
 */
public final class YamlReader {
    private final String location;
    private final String[] lines;
    private final Problems duplicateKeys = new Problems();

    private YamlReader(String location, String text) {
        this.location = location;
        this.lines = text.split("\n", -1);
    }

    /**
     * Parses one YAML document; an empty document is an empty mapping.
     *
     * @throws ConfigException positioned at the syntax error, or listing every key written twice
     */
    public static YamlNode read(String location, String text) {
        YamlReader reader = new YamlReader(location, text);
        Optional<Node> root;
        try {
            // Composing keeps every key of a mapping (and its mark); duplicates are found in convert()
            root = new Compose(LoadSettings.builder().setLabel(location).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Position p = e.getProblemMark().map(reader::position).orElse(new Position(location, 1, 1));
            throw new ConfigException(p, YamlParseError.message(e));
        } catch (ReaderException e) {
            throw new ConfigException(reader.positionOfCodePoint(text, e.getPosition()), YamlParseError.message(e));
        } catch (YamlEngineException e) {
            throw new ConfigException(new Position(location, 1, 1), YamlParseError.message(e));
        }
        YamlNode tree = root.map(reader::convert)
                .orElseGet(() -> new YamlNode.Mapping(new LinkedHashMap<>(), new Position(location, 1, 1)));
        reader.duplicateKeys.throwIfAny();
        return tree;
    }

    private YamlNode convert(Node node) {
        Position pos = node.getStartMark().map(this::position).orElse(new Position(location, 1, 1));
        if (node instanceof MappingNode map) {
            LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                Node keyNode = t.getKeyNode();
                String key = keyNode instanceof ScalarNode s ? s.getValue() : String.valueOf(keyNode);
                Position keyPos = keyNode.getStartMark().map(this::position).orElse(pos);
                YamlNode value = convert(t.getValueNode()); // also for a repeated key: its own repeats are reported
                YamlNode.Entry first = entries.putIfAbsent(key, new YamlNode.Entry(key, keyPos, value));
                if (first != null) {
                    // yaml.v3's text, placed at the second key
                    duplicateKeys.add(keyPos, "mapping key " + GoStrconv.quote(key) + " already defined at line "
                            + first.keyPosition().line());
                }
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

    /** Where the code point at {@code index} is, counted the way snakeyaml's marks count (code points, 1-based). */
    private Position positionOfCodePoint(String text, int index) {
        int line = 1;
        int column = 1;
        int offset = 0;
        for (int i = 0; i < index && offset < text.length(); i++) {
            int c = text.codePointAt(offset);
            offset += Character.charCount(c);
            boolean crlf = c == '\r' && offset < text.length() && text.charAt(offset) == '\n';
            if (c == '\n' || (c == '\r' && !crlf)) {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(location, line, column);
    }
}
