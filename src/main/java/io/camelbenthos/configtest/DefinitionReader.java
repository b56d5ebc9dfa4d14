package io.camelbenthos.configtest;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.EnvInterpolator;
import io.camelbenthos.config.PlainNodes;
import io.camelbenthos.config.YamlNode;
import io.camelbenthos.config.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the {@code tests:} list of a definition file (a config with inline tests, or {@code X_benthos_test.yaml})
 * into {@link TestCase}s. The file is read as written (Benthos reads definitions raw), see {@link #parse}.
 */
final class DefinitionReader {
    /** A definition that cannot be read; the message is Benthos's reason. */
    static final class DefinitionException extends Exception {
        private static final long serialVersionUID = 1L;

        DefinitionException(String message) {
            super(message);
        }
    }

    private DefinitionReader() {
    }

    /** The cases of the file; empty when it has no (or an empty) {@code tests:} list. */
    static List<TestCase> read(Path definition, Map<String, String> environment) throws DefinitionException {
        String text;
        try {
            text = Files.readString(definition);
        } catch (IOException e) {
            throw new DefinitionException("failed to read test definition from '" + definition + "': "
                    + FileErrors.describe(definition, e));
        }
        try {
            YamlNode root = parse(definition.toString(), text, environment);
            YamlNode tests = root instanceof YamlNode.Mapping m ? m.get("tests") : null;
            if (tests == null || isNull(tests)) {
                return List.of();
            }
            List<TestCase> cases = new ArrayList<>();
            for (YamlNode item : sequence(tests, "tests")) {
                cases.add(testCase(item));
            }
            return cases;
        } catch (ConfigException e) {
            throw new DefinitionException("failed to parse test definition from '" + definition + "': "
                    + String.join("; ", e.errors()));
        } catch (IllegalArgumentException e) {
            throw new DefinitionException("failed to parse test definition from '" + definition + "': " + e.getMessage());
        }
    }

    /**
     * The raw text; when that is not YAML, the text with env vars resolved: a config whose {@code ${VAR}} only
     * becomes YAML once replaced ({@code addresses: [ ${KAFKA:localhost:9092} ]}) can still carry its tests.
     */
    private static YamlNode parse(String location, String text, Map<String, String> environment) {
        try {
            return YamlReader.read(location, text);
        } catch (ConfigException raw) {
            String resolved = new EnvInterpolator(environment).interpolate(location, text).text();
            if (resolved.equals(text)) {
                throw raw;
            }
            try {
                return YamlReader.read(location, resolved);
            } catch (ConfigException e) {
                throw raw;
            }
        }
    }

    private static TestCase testCase(YamlNode node) {
        YamlNode.Mapping m = mapping(node, "test case");
        Map<String, String> env = new LinkedHashMap<>();
        YamlNode envNode = m.get("environment");
        if (envNode != null && !isNull(envNode)) {
            mapping(envNode, "environment").view().forEach((k, e) -> env.put(k, scalar(e.value(), "environment." + k)));
        }
        Map<String, YamlNode> mocks = new LinkedHashMap<>();
        YamlNode mocksNode = m.get("mocks");
        if (mocksNode != null && !isNull(mocksNode)) {
            mapping(mocksNode, "mocks").view().forEach((k, e) -> mocks.put(k, e.value()));
        }
        List<List<InputMessage>> inputs = new ArrayList<>();
        YamlNode batches = m.get("input_batches");
        if (batches != null && !isNull(batches)) {
            for (YamlNode batch : sequence(batches, "input_batches")) {
                inputs.add(inputBatch(batch));
            }
        }
        YamlNode batch = m.get("input_batch");
        if (batch != null && !isNull(batch) && !sequence(batch, "input_batch").isEmpty()) {
            inputs.add(inputBatch(batch));
        }
        List<List<Map<String, OutputCondition>>> outputs = new ArrayList<>();
        YamlNode outNode = m.get("output_batches");
        if (outNode != null && !isNull(outNode)) {
            for (YamlNode out : sequence(outNode, "output_batches")) {
                List<Map<String, OutputCondition>> conditions = new ArrayList<>();
                for (YamlNode c : sequence(out, "output_batches")) {
                    conditions.add(conditions(mapping(c, "output condition")));
                }
                outputs.add(conditions);
            }
        }
        return new TestCase(optionalString(m, "name", ""), node.position().line(), env,
                optionalString(m, "target_processors", "/pipeline/processors"), optionalString(m, "target_mapping", ""),
                mocks, inputs, outputs);
    }

    private static List<InputMessage> inputBatch(YamlNode batch) {
        List<InputMessage> out = new ArrayList<>();
        for (YamlNode item : sequence(batch, "input_batch")) {
            YamlNode.Mapping m = mapping(item, "input message");
            String content = optionalString(m, "content", "");
            YamlNode json = m.get("json_content");
            if (json != null) {
                // Go's json.Marshal: sorted keys, <, > and & escaped
                content = GoJson.encode(PlainNodes.toPlain(json), true);
            }
            Map<String, Object> metadata = new LinkedHashMap<>();
            YamlNode meta = m.get("metadata");
            if (meta != null && !isNull(meta)) {
                mapping(meta, "metadata").view().forEach((k, e) -> metadata.put(k, PlainNodes.toPlain(e.value())));
            }
            out.add(new InputMessage(content, optionalString(m, "file_content", ""), metadata));
        }
        return out;
    }

    private static Map<String, OutputCondition> conditions(YamlNode.Mapping m) {
        Map<String, OutputCondition> out = new TreeMap<>();
        for (Map.Entry<String, YamlNode.Entry> e : m.view().entrySet()) {
            YamlNode v = e.getValue().value();
            String name = e.getKey();
            switch (name) {
                case "bloblang" -> {
                    try {
                        out.put(name, new BloblangCondition(Bloblang.parse(scalar(v, name))));
                    } catch (BloblangException ex) {
                        throw new IllegalArgumentException("bloblang: " + ex.getMessage());
                    }
                }
                case "content_equals" -> out.put(name, TextConditions.contentEquals(scalar(v, name)));
                case "content_matches" -> {
                    try {
                        out.put(name, TextConditions.contentMatches(Pattern.compile(scalar(v, name))));
                    } catch (PatternSyntaxException ex) {
                        throw new IllegalArgumentException("content_matches: " + ex.getDescription());
                    }
                }
                case "metadata_equals" -> {
                    Map<String, Object> expected = new LinkedHashMap<>();
                    mapping(v, name).view().forEach((k, me) -> expected.put(k, PlainNodes.toPlain(me.value())));
                    out.put(name, new MetadataEqualsCondition(expected));
                }
                case "file_equals" -> out.put(name, TextConditions.fileEquals(scalar(v, name)));
                case "file_json_equals" -> out.put(name, JsonConditions.fileEquals(scalar(v, name)));
                case "file_json_contains" -> out.put(name, JsonConditions.fileContains(scalar(v, name)));
                case "json_equals" -> out.put(name, JsonConditions.equals(jsonText(v)));
                case "json_contains" -> out.put(name, JsonConditions.contains(jsonText(v)));
                default -> throw new IllegalArgumentException("line " + e.getValue().keyPosition().line()
                        + ": field " + name + " not recognised");
            }
        }
        return out;
    }

    /** A string is used verbatim as JSON text; any other YAML value is marshalled as Go would. */
    private static String jsonText(YamlNode v) {
        Object plain = PlainNodes.toPlain(v);
        return plain instanceof String s ? s : GoJson.encode(plain, true);
    }

    private static String optionalString(YamlNode.Mapping m, String field, String dflt) {
        YamlNode v = m.get(field);
        return v == null || isNull(v) ? dflt : scalar(v, field);
    }

    private static String scalar(YamlNode node, String field) {
        if (node instanceof YamlNode.Scalar s) {
            return s.isNull() ? "" : s.value();
        }
        throw new IllegalArgumentException("line " + node.position().line() + ": field " + field
                + ": expected string value, got " + node.tagName());
    }

    private static YamlNode.Mapping mapping(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        throw new IllegalArgumentException("line " + node.position().line() + ": " + what
                + ": expected object value, got " + node.tagName());
    }

    private static List<YamlNode> sequence(YamlNode node, String field) {
        if (node instanceof YamlNode.Sequence s) {
            return s.items();
        }
        throw new IllegalArgumentException("line " + node.position().line() + ": field " + field
                + ": expected array value, got " + node.tagName());
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.isNull();
    }
}
