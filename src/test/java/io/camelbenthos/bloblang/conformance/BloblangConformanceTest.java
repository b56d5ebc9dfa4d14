package io.camelbenthos.bloblang.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Environment;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.message.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs every documented Bloblang example ({@code src/test/resources/bloblang/conformance/examples.json}) the way
 * upstream's {@code TestFunctionExamples}/{@code TestMethodExamples} do: each example is parsed once and its
 * input/output pairs run in order on that mapping; core examples compare exactly, connect ones JSON-equal or exactly.
 *
 * <p>{@code src/test/resources/bloblang/known-failures.txt} lists case ids expected to fail (plugins not written
 * yet); a listed case that passes fails the suite so the list only shrinks. Set
 * {@code -Dbloblang.conformance.report=<file>} to write the ids of all failing cases (to refresh the list).
 */
class BloblangConformanceTest {
    private static final String KNOWN_FAILURES = "/bloblang/known-failures.txt";
    /** The span upstream's function test extracts into every function example's message context. */
    private static final String UPSTREAM_TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final Map<String, Object> parsed = new HashMap<>();
    private final Environment env;
    private int passed;
    private int failed;
    private int skipped;
    private final List<String> failures = new ArrayList<>();

    BloblangConformanceTest() throws IOException {
        Path file = Files.createTempFile("bloblang-file", ".json");
        Files.writeString(file, "{\"foo\":\"bar\"}");
        Path schema = Files.createTempFile("bloblang-schema", ".json");
        Files.writeString(schema, "{\"type\":\"object\",\"properties\":{\"foo\":{\"type\":\"string\"}}}");
        file.toFile().deleteOnExit();
        schema.toFile().deleteOnExit();
        // Upstream sets these as process environment variables; ours go through the engine's env lookup
        Map<String, String> vars = Map.of("BENTHOS_TEST_BLOBLANG_FILE", file.toString(),
                "BENTHOS_TEST_BLOBLANG_SCHEMA_FILE", schema.toString());
        env = Environment.standard().withEnvLookup(name -> vars.containsKey(name) ? vars.get(name) : System.getenv(name));
    }

    @TestFactory
    Stream<DynamicTest> documentedExamples() throws IOException {
        List<ExampleCorpus.Example> examples = ExampleCorpus.load();
        Map<String, String> known = knownFailures();
        List<DynamicTest> tests = new ArrayList<>();
        for (ExampleCorpus.Example e : examples) {
            tests.add(DynamicTest.dynamicTest(e.id(), () -> run(e, known)));
        }
        tests.add(DynamicTest.dynamicTest("summary", this::summary));
        return tests.stream();
    }

    private void run(ExampleCorpus.Example e, Map<String, String> known) {
        boolean runnable = e.check().equals("parse_only") || (e.check().equals("run") && !e.skip());
        if (!runnable) {
            skipped++;
            throw new TestAbortedException("not run upstream (check=" + e.check() + ", skip=" + e.skip() + ")");
        }
        String problem;
        try {
            problem = check(e);
        } catch (RuntimeException | StackOverflowError ex) {
            problem = "unexpected " + ex;
        }
        boolean isKnown = known.containsKey(e.id());
        if (problem == null) {
            passed++;
            if (isKnown) {
                throw new AssertionFailedError(e.id() + " now passes: remove it from known failures");
            }
            return;
        }
        failed++;
        failures.add(e.id() + "  # " + problem.replace('\n', ' '));
        if (isKnown) {
            throw new TestAbortedException("known failure: " + problem);
        }
        throw new AssertionFailedError(e.id() + ": " + problem);
    }

    /** Null when the case passes, else what went wrong. */
    private String check(ExampleCorpus.Example e) {
        Object m = parsed.computeIfAbsent(e.group(), g -> {
            try {
                return env.parse(e.mapping());
            } catch (BloblangException ex) {
                return ex;
            }
        });
        if (m instanceof BloblangException ex) {
            return "parse failed: " + ex.getMessage();
        }
        if (e.check().equals("parse_only")) {
            return null;
        }
        Mapping mapping = (Mapping) m;
        Message in = inputMessage(e);
        Optional<Message> out;
        try {
            out = mapping.apply(in);
        } catch (BloblangException ex) {
            if (e.expects().equals("error")) {
                return ex.getMessage().equals(e.expectedError()) ? null
                        : "error mismatch: expected <" + e.expectedError() + "> got <" + ex.getMessage() + ">";
            }
            return "failed: " + ex.getMessage();
        }
        switch (e.expects()) {
            case "error":
                return "expected error <" + e.expectedError() + "> but got "
                        + out.map(Message::contentAsString).orElse("<deleted>");
            case "deleted":
                return out.isEmpty() ? null : "expected deleted, got " + out.get().contentAsString();
            default:
                if (out.isEmpty()) {
                    return "expected <" + e.expectedOutput() + "> but message was deleted";
                }
                String actual = out.get().contentAsString();
                boolean ok = e.compare().equals("json_or_exact") ? jsonOrExact(e.expectedOutput(), actual)
                        : actual.equals(e.expectedOutput());
                return ok ? null : "expected <" + e.expectedOutput() + "> got <" + actual + ">";
        }
    }

    /**
     * The example's input message. Upstream gives function examples (only) an OpenTelemetry span in the message
     * context; this engine models a message's trace context as its {@code traceparent} metadata, so that is where the
     * span goes. No runnable function example reads metadata, so the extra key changes no other documented output.
     */
    private static Message inputMessage(ExampleCorpus.Example e) {
        Message.Builder in = Message.builder().content(e.input().getBytes(StandardCharsets.UTF_8));
        if (e.kind().equals("function")) {
            in.metadata("traceparent", UPSTREAM_TRACEPARENT);
        }
        return in.build();
    }

    /** Upstream {@code assertEqualOrJSON}: JSON-equal (numbers as float64) when both decode, else exact. */
    private static boolean jsonOrExact(String expected, String actual) {
        try {
            Object a = GoJsonDecoder.unmarshal(expected, false);
            Object b = GoJsonDecoder.unmarshal(actual, false);
            return Objects.equals(a, b);
        } catch (QueryException ex) {
            return expected.equals(actual);
        }
    }

    private void summary() throws IOException {
        String report = System.getProperty("bloblang.conformance.report");
        if (report != null && !report.isBlank()) {
            Files.write(Path.of(report), failures);
        }
        System.out.println("bloblang conformance: " + passed + " passed, " + failed + " failed, " + skipped + " skipped");
        assertThat(passed + failed + skipped).isPositive();
    }

    private static Map<String, String> knownFailures() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = BloblangConformanceTest.class.getResourceAsStream(KNOWN_FAILURES)) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int hash = l.indexOf('#');
                String id = (hash < 0 ? l : l.substring(0, hash)).strip();
                out.put(id, hash < 0 ? "" : l.substring(hash + 1).strip());
            }
        }
        return out;
    }
}
