package io.camelbenthos.configtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code camel-benthos test} run in-process on the Benthos-format definitions of {@code test-command/} (every
 * condition, mocks, targets, environment, resources) and on the shipped examples: stdout, stderr and exit code.
 */
class TestCommandTest {
    private static final String DIR = "src/test/resources/test-command";
    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";
    private static final String CAMEL_LOG = "org.slf4j.simpleLogger.log.org.apache.camel";

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String level;
    private String logFile;
    private String camelLog;

    /** The command sets slf4j's level and target for the CLI; pin them to the test setup's so other tests keep it. */
    @BeforeEach
    void keepTestLogging() {
        level = System.getProperty(LEVEL);
        logFile = System.getProperty(LOG_FILE);
        System.setProperty(LEVEL, level == null ? "warn" : level);
        System.setProperty(LOG_FILE, logFile == null ? "System.err" : logFile);
        camelLog = System.getProperty(CAMEL_LOG);
        System.setProperty(CAMEL_LOG, camelLog == null ? "warn" : camelLog);
    }

    @AfterEach
    void restoreLogging() {
        restore(LEVEL, level);
        restore(LOG_FILE, logFile);
        restore(CAMEL_LOG, camelLog);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "test";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.execute(new PrintWriter(out), new PrintWriter(err), all);
    }

    @Test
    void passingDefinitionsSucceedTargetByTargetInPathOrder() {
        assertThat(run(DIR + "/pass/...")).isZero();
        assertThat(out.toString()).isEqualTo("""
                Test 'src/test/resources/test-command/pass/batches.yaml' succeeded
                Test 'src/test/resources/test-command/pass/conditions.yaml' succeeded
                Test 'src/test/resources/test-command/pass/env.yaml' succeeded
                Test 'src/test/resources/test-command/pass/filter.yaml' succeeded
                Test 'src/test/resources/test-command/pass/mapping.yaml' succeeded
                Test 'src/test/resources/test-command/pass/mocks.yaml' succeeded
                Test 'src/test/resources/test-command/pass/targets.yaml' succeeded
                """);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void failuresArePrintedAsBenthosDoes() throws Exception {
        assertThat(run(DIR + "/fail/...")).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(Files.readString(Path.of(DIR, "fail-expected.txt")));
    }

    @Test
    void verboseNamesEveryCase() {
        assertThat(run("-v", DIR + "/pass/env.yaml", DIR + "/pass/filter.yaml")).isZero();
        assertThat(out.toString()).isEqualTo("""
                  - defaults
                  - with environment
                Test 'src/test/resources/test-command/pass/env.yaml' succeeded
                  - some dropped
                  - all dropped
                Test 'src/test/resources/test-command/pass/filter.yaml' succeeded
                """);
    }

    @Test
    void aDefinitionFileNamesItsConfig() {
        assertThat(run(DIR + "/pass/mapping_benthos_test.yaml")).isZero();
        assertThat(out.toString()).isEqualTo("Test 'src/test/resources/test-command/pass/mapping.yaml' succeeded\n");
    }

    @Test
    void resourcesComeFromResourceFiles() {
        assertThat(run("-r", DIR + "/files/resource*.yaml", DIR + "/with_resources/...")).isZero();
        assertThat(out.toString())
                .isEqualTo("Test 'src/test/resources/test-command/with_resources/uses_resource.yaml' succeeded\n");
    }

    @Test
    void withoutTheResourceFileTheRunStopsAtTheTarget() {
        assertThat(run(DIR + "/with_resources/...")).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("Failed to execute test target "
                + "'src/test/resources/test-command/with_resources/uses_resource.yaml': test case 0 failed: failed to "
                + "initialise processors '/pipeline/processors': failed to resolve case processors from "
                + "'src/test/resources/test-command/with_resources/uses_resource.yaml': "
                + "src/test/resources/test-command/with_resources/uses_resource.yaml:4:17: "
                + "processor resource 'exclaim' was not found\n");
    }

    @Test
    void envFilesAreReadAndCaseEnvironmentsWin() {
        assertThat(run("-e", DIR + "/files/test.env", DIR + "/env_file/uses_env.yaml")).isZero();
        assertThat(out.toString()).isEqualTo("Test 'src/test/resources/test-command/env_file/uses_env.yaml' succeeded\n");
    }

    @Test
    void theShippedExamplesPassTheirTests() {
        assertThat(run("./routes/...")).isZero();
        assertThat(out.toString()).isEqualTo("""
                Test 'routes/fan_out_kafka.yaml' succeeded
                Test 'routes/proxied_service.yaml' succeeded
                Test 'routes/sync_response_processor.yaml' succeeded
                Test 'routes/uppercase.yaml' succeeded
                """);
    }

    @Test
    void noPathsFindNoTests() {
        assertThat(run()).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("No tests were found\n");
    }

    @Test
    void noTestsFound() throws Exception {
        Files.writeString(tmp.resolve("plain.yaml"), "pipeline:\n  processors: []\n");
        assertThat(run(tmp + "/...")).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("No tests were found\n");
    }

    @Test
    void aMissingConfigStopsBeforeAnyTarget() {
        String missing = tmp.resolve("missing.yaml").toString();
        assertThat(run(missing)).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("Failed to obtain test targets: unable to access target config file '"
                + missing + "': stat " + missing + ": no such file or directory\n");
    }

    @Test
    void aMissingDirectoryToWalkIsAnError() {
        assertThat(run(tmp + "/nothere/...")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("Failed to obtain test targets: stat " + tmp
                + "/nothere: no such file or directory\n");
    }

    @Test
    void anUnknownLabelStopsTheRunAtItsCase() throws Exception {
        Files.writeString(tmp.resolve("a.yaml"), """
                pipeline:
                  processors:
                    - mapping: 'root = "x"'
                tests:
                  - name: fine
                    input_batch: [{content: x}]
                    output_batches: [[{content_equals: x}]]
                  - name: bad mock
                    mocks:
                      nothere: {mapping: 'root = 1'}
                    input_batch: [{content: x}]
                """);
        Files.writeString(tmp.resolve("b.yaml"), """
                pipeline:
                  processors: []
                tests:
                  - name: never run
                    input_batch: [{content: x}]
                """);
        assertThat(run(tmp + "/...")).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("Failed to execute test target '" + tmp.resolve("a.yaml")
                + "': test case 1 failed: failed to initialise processors '/pipeline/processors': mock for label "
                + "'nothere' could not be applied as the label was not found in the test target file, it is not "
                + "currently possible to mock resources imported separate to the test file\n");
    }

    @Test
    void targetsAndMocksByPointerReachAnyProcessorList() throws Exception {
        Files.writeString(tmp.resolve("c.yaml"), """
                input:
                  stdin: {}
                  processors:
                    - mapping: 'root = content().uppercase()'
                output:
                  drop: {}
                  processors:
                    - mapping: 'root = content().string() + "?"'
                tests:
                  - name: input processors
                    target_processors: /input/processors
                    input_batch: [{content: a}]
                    output_batches: [[{content_equals: A}]]
                  - name: output processors, the first mocked
                    target_processors: /output/processors
                    mocks:
                      /output/processors/0: {mapping: 'root = "mocked"'}
                    input_batch: [{content: a}]
                    output_batches: [[{content_equals: mocked}]]
                """);
        assertThat(run(tmp.resolve("c.yaml").toString())).as(err.toString()).isZero();
    }
}
