package io.camelbenthos.bloblang.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the documented-example corpus: the project's copy on the test classpath ({@value #RESOURCE}, see the
 * README beside it for its origin), or the file named by system property {@value #PROPERTY}.
 */
final class ExampleCorpus {
    static final String PROPERTY = "bloblang.examples";
    static final String RESOURCE = "/bloblang/conformance/examples.json";

    private ExampleCorpus() {
    }

    /** One documented input/output pair (or parse-only example). */
    record Example(String id, String kind, String name, String source, int exampleIndex, String mapping, String input,
            String expects, String expectedOutput, String expectedError, String check, boolean skip, String compare) {

        String group() {
            return kind + "/" + name + "/" + exampleIndex;
        }
    }

    /** The examples of the file named by {@value #PROPERTY}, else of the project's copy. */
    static List<Example> load() throws IOException {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            try (InputStream in = Files.newInputStream(Path.of(override))) {
                return load(in);
            }
        }
        try (InputStream in = ExampleCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath; set -D" + PROPERTY
                        + "=<path>");
            }
            return load(in);
        }
    }

    private static List<Example> load(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
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
