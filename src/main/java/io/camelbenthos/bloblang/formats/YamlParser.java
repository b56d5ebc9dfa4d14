package io.camelbenthos.bloblang.formats;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Parses the first YAML document of a text into Bloblang values the way {@code yaml.Unmarshal(b, &any)} of
 * {@code gopkg.in/yaml.v3} does (what {@code parse_yaml} returns). snakeyaml-engine does the syntax; scalars are
 * resolved by {@link YamlResolver} so the types match yaml.v3 rather than a Java schema. Merge keys ({@code <<})
 * are applied; an empty document is {@code null}.
 */
public final class YamlParser {
    private final Map<Node, Object> done = new IdentityHashMap<>();

    private YamlParser() {
    }

    /** @throws FormatException with a {@code yaml: line N: ...} message when the text is not valid YAML */
    public static Object parse(String text) {
        LoadSettings settings = LoadSettings.builder().setSchema(new FailsafeSchema()).setAllowDuplicateKeys(true).setMaxAliasesForCollections(10_000)
                .build();
        try {
            Iterator<Node> docs = new Compose(settings).composeAllFromString(text).iterator();
            if (!docs.hasNext()) {
                return null;
            }
            return new YamlParser().value(docs.next());
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            throw new FormatException("yaml: line " + line + ": " + e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw new FormatException("yaml: " + e.getMessage(), e);
        }
    }

    private Object value(Node node) {
        if (node instanceof ScalarNode s) {
            return scalar(s);
        }
        Object cached = done.get(node);
        if (cached != null) {
            return cached; // an alias of a collection already built
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>(seq.getValue().size());
            done.put(node, list);
            for (Node item : seq.getValue()) {
                list.add(value(item));
            }
            return list;
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, Object> map = new LinkedHashMap<>();
        done.put(node, map);
        List<Map<String, Object>> merges = new ArrayList<>();
        for (NodeTuple t : mapping.getValue()) {
            Node k = t.getKeyNode();
            if (k instanceof ScalarNode ks && ks.isPlain() && "<<".equals(ks.getValue())) {
                collectMerges(t.getValueNode(), merges);
                continue;
            }
            map.put(key(k), value(t.getValueNode()));
        }
        // yaml.v3: keys written in the mapping itself win over merged ones; earlier merge sources win over later.
        for (Map<String, Object> m : merges) {
            m.forEach(map::putIfAbsent);
        }
        return map;
    }

    private void collectMerges(Node node, List<Map<String, Object>> into) {
        Object v = value(node);
        if (v instanceof Map<?, ?>) {
            into.add(castMap(v));
        } else if (v instanceof List<?> l) {
            for (Object o : l) {
                if (!(o instanceof Map<?, ?>)) {
                    throw new FormatException("yaml: map merge requires map or sequence of maps as the value");
                }
                into.add(castMap(o));
            }
        } else {
            throw new FormatException("yaml: map merge requires map or sequence of maps as the value");
        }
    }

    @SuppressWarnings("unchecked") // only maps built by value(), which are Map<String, Object>
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    /** Keys become strings, as Benthos needs string keys; non-string keys use their YAML text. */
    private String key(Node k) {
        if (k instanceof ScalarNode s) {
            return s.getValue();
        }
        Object v = value(k);
        return String.valueOf(v);
    }

    private static Object scalar(ScalarNode s) {
        String text = s.getValue();
        if (!s.isPlain()) {
            Tag tag = s.getTag();
            // Quoted and block scalars are strings unless explicitly tagged otherwise (the failsafe schema
            // leaves every untagged scalar as !!str, so any other standard tag was written by the author).
            if (Tag.STR.equals(tag) || !isStandardTag(tag)) {
                return text;
            }
        }
        Object r = YamlResolver.resolvePlain(text);
        if (r == YamlResolver.NULL) {
            return null;
        }
        return r == null ? text : r;
    }

    private static boolean isStandardTag(Tag tag) {
        return Tag.INT.equals(tag) || Tag.FLOAT.equals(tag) || Tag.BOOL.equals(tag) || Tag.NULL.equals(tag);
    }
}
