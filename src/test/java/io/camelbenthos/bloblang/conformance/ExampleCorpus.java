package io.camelbenthos.bloblang.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads {@code shared/conformance/bloblang/examples.json}, wherever the checkout put {@code shared/}. */
final class ExampleCorpus {
    static final String PROPERTY = "bloblang.examples";
    private static final String RELATIVE = "shared/conformance/bloblang/examples.json";

    private ExampleCorpus() {
    }

    /** One documented input/output pair (or parse-only example). */
    record Example(String id, String kind, String name, String source, int exampleIndex, String mapping, String input,
            String expects, String expectedOutput, String expectedError, String check, boolean skip, String compare) {

        String group() {
            return kind + "/" + name + "/" + exampleIndex;
        }
    }

    /**
     * The file named by system property {@value #PROPERTY}, else {@code shared/...} found in the project directory's
     * parent or any further ancestor (CI clones the repo beside {@code shared/}; worktrees sit one level deeper).
     */
    static Path locate() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve(RELATIVE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find " + RELATIVE + " above " + dir + "; set -D" + PROPERTY + "=<path>");
    }

    static List<Example> load(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Example> out = new ArrayList<>();
        for (JsonNode e : root.get("examples")) {
            out.add(new Example(e.get("id").asText(), e.get("kind").asText(), e.get("name").asText(),
                    e.get("source").asText(), e.get("example_index").asInt(), e.get("mapping").asText(),
                    text(e, "input"), e.get("expects").asText(), text(e, "expected_output"), text(e, "expected_error"),
                    e.get("check").asText(), e.path("skip").asBoolean(false), e.path("compare").asText("exact")));
        }
        return out;
    }

    private static String text(JsonNode e, String field) {
        JsonNode v = e.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
