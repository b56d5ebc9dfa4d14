package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.testing.ProjectVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line, run in-process through {@link Main#execute} (exit codes, stdout, stderr). */
class MainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void lintPrintsEveryProblemOfEveryFileAndExitsOne() throws Exception {
        Path bad = file("bad.yaml", "input:\n  stdin:\n    codex: lines\n");
        Path worse = file("worse.yaml", "output:\n  broker:\n    outputs: []\n");
        Path good = file("good.yaml", "output:\n  drop: {}\n");
        assertThat(run("lint", bad.toString(), worse.toString(), good.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                bad + ":3:5: field codex not recognised",
                worse + ":3:14: attempting to create broker output type with no outputs");
    }

    @Test
    void lintOfAGoodFileIsSilent() throws Exception {
        assertThat(run("lint", file("good.yaml", "output:\n  drop: {}\n").toString())).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void echoPrintsTheNormalisedConfigWithEnvFilesAndOverrides() throws Exception {
        Path env = file(".env", "CODEC=all-bytes\n");
        Path config = file("c.yaml", "input:\n  stdin:\n    codec: ${CODEC}\noutput:\n  drop: {}\n");
        assertThat(run("echo", "-e", env.toString(), "--set", "shutdown_timeout=5s", config.toString())).isZero();
        String yaml = out.toString();
        assertThat(yaml).contains("input:\n  stdin:\n    codec: all-bytes\n    max_buffer: 1000000\n");
        assertThat(yaml).contains("output:\n  drop: {}\n");
        assertThat(yaml).contains("shutdown_timeout: 5s\n");
        assertThat(yaml).contains("pipeline:\n  threads: -1\n  processors: []\n");
    }

    @Test
    void runWithABadConfigExitsOneWithTheProblems() throws Exception {
        Path bad = file("bad.yaml", "input:\n  nope: {}\n");
        assertThat(run("run", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(bad + ":2:3: unable to infer component type: nope");
    }

    @Test
    void runRefusesALintOnlyProblemAndNamesChilled() throws Exception {
        Path linty = file("linty.yaml", "input:\n  stdin:\n    codex: lines\noutput:\n  drop: {}\n");
        assertThat(run("run", linty.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(linty + ":3:5: field codex not recognised",
                "shutting down due to linter errors, to prevent shutdown run camel-benthos with --chilled");
    }

    @Test
    void chilledStillRefusesWhatCannotRun() throws Exception {
        Path bad = file("bad.yaml", "input:\n  nope: {}\noutput:\n  stdout:\n    codex: lines\n");
        assertThat(run("run", "--chilled", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(bad + ":2:3: unable to infer component type: nope")
                .doesNotContain("codex").contains("shutting down due to config errors");
    }

    @Test
    void rootConfigFlagRunsAndChilledIgnoresAnUnknownField() throws Exception {
        Path config = file("pipe.yaml", """
                input:
                  stdin:
                    codex: lines
                pipeline:
                  processors:
                    - test_upper: {}
                output:
                  stdout: {}
                """);
        assertThat(Main.rootConfigAsRun("-c", config.toString(), "--chilled"))
                .containsExactly("run", "--chilled", config.toString());
        assertThat(Main.rootConfigAsRun("--config=x.yaml", "-w")).containsExactly("run", "-w", "x.yaml");
        assertThat(Main.rootConfigAsRun("lint", "-c", "x")).containsExactly("lint", "-c", "x");
        assertThat(stdinToStdout("hello\n", "-c", config.toString(), "--chilled")).isEqualTo("HELLO\n");
    }

    private String stdinToStdout(String input, String... args) {
        InputStream originalIn = System.in;
        PrintStream originalOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertThat(run(args)).as(err.toString()).isZero();
        } finally {
            System.setIn(originalIn);
            System.setOut(originalOut);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void streamsRefusesAStreamWithLintsWithBenthosText() throws Exception {
        Path streams = Files.createDirectories(dir.resolve("streams"));
        Files.writeString(streams.resolve("s.yaml"), "input:\n  stdin: {}\ncache_resources: []\n");
        assertThat(run("streams", streams.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(streams.resolve("s.yaml") + ": (3,1) field cache_resources not recognised",
                "shutting down due to stream linter errors, to prevent shutdown run {{.ProductName}} with --chilled");
    }

    @Test
    void runProcessesStdinToStdoutAndEndsWhenStdinCloses() throws Exception {
        Path config = file("pipe.yaml", """
                input:
                  stdin: {}
                pipeline:
                  processors:
                    - test_upper: {}
                output:
                  stdout: {}
                """);
        InputStream originalIn = System.in;
        PrintStream originalOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream("hello\n\nworld\n".getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertThat(run("run", config.toString())).isZero();
        } finally {
            System.setIn(originalIn);
            System.setOut(originalOut);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("HELLO\nWORLD\n");
    }

    @Test
    void contributedSubcommandsAreRegistered() {
        assertThat(Main.commandLine().getSubcommands()).containsKeys("run", "lint", "echo", "blobl", "export", "schema");
        assertThat(Main.commandLine().getSubcommands().get("blobl").getSubcommands()).containsKey("server");
    }

    /** stderr without the line {@code run} adds after the problems. */
    private List<String> problems() {
        return err.toString().lines().filter(l -> !l.equals("shutting down due to config errors")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lint", "run", "echo", "export"})
    void aYamlSyntaxErrorIsOneLineAtItsPosition(String command) throws Exception {
        Path bad = file("x.yaml", "input:\n  http_server: {}&\n");
        assertThat(run(command, bad.toString())).isEqualTo(1);
        assertThat(problems()).containsExactly(
                bad + ":2:19: failed to parse YAML: while scanning an anchor: unexpected character found '\\n'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lint", "run", "echo", "export"})
    void aStrayDirectiveIsOneLineAtItsPosition(String command) throws Exception {
        Path bad = file("x.yaml", "input:\n%\n");
        assertThat(run(command, bad.toString())).isEqualTo(1);
        assertThat(problems()).containsExactly(bad + ":2:2: failed to parse YAML: while scanning a directive: "
                + "expected alphabetic or numeric character, but found '\\n'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lint", "run", "echo", "export"})
    void duplicateKeysAreRefusedAtTheSecondOne(String command) throws Exception {
        // Were a duplicate taken silently, run would end by itself: the generate input stops after one message
        Path dup = file("dup.yaml", """
                input:
                  stdin: {}
                input:
                  generate:
                    count: 1
                    mapping: root = 1
                    mapping: root = 2
                output:
                  drop: {}
                """);
        assertThat(run(command, dup.toString())).isEqualTo(1);
        assertThat(problems()).containsExactly(
                dup + ":3:1: mapping key \"input\" already defined at line 1",
                dup + ":7:5: mapping key \"mapping\" already defined at line 6");
    }

    @Test
    void aNamedSubcommandIsBuiltAloneAndAnythingElseGetsThemAll() {
        assertThat(Main.commandLineFor("run", "x.yaml").getSubcommands()).containsOnlyKeys("run");
        assertThat(Main.commandLineFor("blobl", "server").getSubcommands().get("blobl").getSubcommands()).containsKey("server");
        assertThat(Main.commandLineFor("--help").getSubcommands()).containsOnlyKeys(Main.subcommands().keySet());
        assertThat(Main.commandLineFor("nope").getSubcommands()).containsOnlyKeys(Main.subcommands().keySet());
        assertThat(Main.commandLineFor().getSubcommands()).containsOnlyKeys(Main.subcommands().keySet());
    }

    @Test
    void theUsageListsEverySubcommandInOrder() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).containsSubsequence("run", "lint", "echo", "blobl", "export", "schema");
    }

    @Test
    void versionPrintsTheProjectVersionAndBuildDate() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString().lines()).satisfiesExactly(
                version -> assertThat(version).isEqualTo("Version: " + ProjectVersion.fromPom()),
                date -> assertThat(date).matches("Date: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    }
}
