package io.camelbenthos.configtest;

import io.camelbenthos.message.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** The conditions on the raw content: {@code content_equals}, {@code content_matches}, {@code file_equals}. */
final class TextConditions {
    private TextConditions() {
    }

    static OutputCondition contentEquals(String expected) {
        return (dir, m) -> mismatch(expected, m);
    }

    /** RE2 semantics approximated by Java's regex; unanchored, as Go's {@code Regexp.Match}. */
    static OutputCondition contentMatches(Pattern pattern) {
        return (dir, m) -> pattern.matcher(m.contentAsString()).find() ? null
                : "pattern mismatch\n   pattern: " + Colours.blue(pattern.pattern()) + "\n  received: "
                        + Colours.red(m.contentAsString());
    }

    static OutputCondition fileEquals(String file) {
        return (dir, m) -> {
            String expected;
            try {
                expected = new String(Files.readAllBytes(dir.resolve(file)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "failed to read comparison file: " + FileErrors.describe(dir.resolve(file), e);
            }
            return mismatch(expected, m);
        };
    }

    private static String mismatch(String expected, Message m) {
        String actual = m.contentAsString();
        return expected.equals(actual) ? null
                : "content mismatch\n  expected: " + Colours.blue(expected) + "\n  received: " + Colours.red(actual);
    }
}
