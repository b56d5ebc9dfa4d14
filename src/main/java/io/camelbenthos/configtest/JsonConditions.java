package io.camelbenthos.configtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * {@code json_equals}, {@code json_contains} and their {@code file_json_*} forms. The expected document is the
 * condition's text used verbatim (a YAML value was marshalled to JSON when the definition was read).
 */
final class JsonConditions {
    private JsonConditions() {
    }

    static OutputCondition equals(String expected) {
        return (dir, m) -> check(m.content(), expected.getBytes(StandardCharsets.UTF_8), false);
    }

    static OutputCondition contains(String expected) {
        return (dir, m) -> check(m.content(), expected.getBytes(StandardCharsets.UTF_8), true);
    }

    static OutputCondition fileEquals(String file) {
        return fromFile(file, false);
    }

    static OutputCondition fileContains(String file) {
        return fromFile(file, true);
    }

    private static OutputCondition fromFile(String file, boolean superset) {
        return (dir, m) -> {
            byte[] expected;
            try {
                expected = Files.readAllBytes(dir.resolve(file));
            } catch (IOException e) {
                return "failed to read comparison JSON file: " + FileErrors.describe(dir.resolve(file), e);
            }
            return check(m.content(), expected, superset);
        };
    }

    private static String check(byte[] actual, byte[] expected, boolean superset) {
        JsonDiff.Result r = JsonDiff.compare(actual, expected);
        if (r.difference() == JsonDiff.Difference.FULL_MATCH
                || (superset && r.difference() == JsonDiff.Difference.SUPERSET_MATCH)) {
            return null;
        }
        return (superset ? "JSON superset mismatch\n" : "JSON content mismatch\n") + r.explanation();
    }
}
