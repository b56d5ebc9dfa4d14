package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.testing.HttpSink;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -t/--templates} through the command line: templates (Benthos's own examples and a few of ours under
 * {@code src/test/resources/templates}) become components that {@code lint}, {@code test}, {@code run} and
 * {@code list} know, their fields linted at {@code file:line:col}, their own tests run by {@code lint}.
 */
class TemplatesCommandTest {
    private static final String TEMPLATES = "src/test/resources/templates/*.yaml";

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private Path config(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** Template files without the one whose expansion needs an output this build does not have. */
    private String[] usableTemplates() throws Exception {
        Path only = dir.resolve("tmpl");
        Files.createDirectories(only);
        try (var files = Files.list(Path.of("src/test/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                if (!f.getFileName().toString().equals("output_dead_letter.yaml")) {
                    Files.copy(f, only.resolve(f.getFileName()));
                }
            }
        }
        return new String[] {"-t", only + "/*.yaml"};
    }

    @Test
    void aConfigUsingTemplatesOfEveryKindLintsClean() throws Exception {
        Path cfg = config("uses.yaml", """
                input:
                  numbers:
                    count: 3
                pipeline:
                  processors:
                    - shout: {}
                    - hydration:
                        cache: mine
                        id_path: article.id
                        content_path: article.content
                    - log_and_drop: {}
                    - rate_limit:
                        resource: slow
                output:
                  post_to:
                    url: http://localhost:4195/x
                cache_resources:
                  - label: mine
                    short_memory:
                      seconds: 5
                rate_limit_resources:
                  - label: slow
                    per_second:
                      count: 10
                """);
        String[] t = usableTemplates();
        assertThat(run("lint", t[0], t[1], cfg.toString())).as(cli.err()).isZero();
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void templateFieldsAreLintedLikeBuiltInOnesAtTheirPlace() throws Exception {
        Path cfg = config("bad.yaml", """
                pipeline:
                  processors:
                    - shout:
                        sufix: "?"
                    - shout:
                        mode: sideways
                    - hydration:
                        cache: nope
                        id_path: a
                        content_path: b
                rate_limit_resources:
                  - label: slow
                    per_second: {}
                """);
        String[] t = usableTemplates();
        assertThat(run("lint", t[0], t[1], cfg.toString())).isEqualTo(1);
        assertThat(cli.err().lines()).contains(
                cfg + ":4:9: field sufix not recognised",
                cfg + ":6:15: value sideways is not a valid option for this field",
                // the expansion's problems are reported at the usage
                cfg + ":7:7: cache resource 'nope' was not found",
                cfg + ":13:17: field count is required");
    }

    @Test
    void lintRunsTheTemplatesOwnTestsAndReportsTemplateFileProblems() throws Exception {
        Path broken = config("broken.yaml", """
                name: broken
                type: processor
                fields:
                  - name: n
                    type: integr
                mapping: 'root.mapping = "root = " + this.n.string()'
                """);
        Path mismatch = config("mismatch.yaml", """
                name: mismatch
                type: processor
                mapping: 'root.mapping = "root = 1"'
                tests:
                  - name: wrong
                    expected:
                      mapping: root = 2
                  - name: invalid result
                    config: {}
                """);
        Path invalid = config("invalid.yaml", """
                name: invalid
                type: processor
                mapping: 'root.nosuch = {}'
                tests:
                  - name: lints the result
                """);
        Path enumWithoutOptions = config("enum.yaml", """
                name: enumerated
                type: processor
                fields:
                  - name: m
                    type: string_enum
                mapping: 'root.noop = {}'
                """);
        assertThat(run("lint", "-t", broken.toString(), "-t", mismatch.toString(), "-t", invalid.toString(),
                "-t", enumWithoutOptions.toString())).isEqualTo(1);
        assertThat(cli.err().lines()).contains(
                enumWithoutOptions + ":4:5: field m: expected options to be an array, got: <nil>",
                broken + ":5:11: value integr is not a valid option for this field",
                mismatch + ":1:1: test 'wrong': mismatch between expected and actual resulting config: expected "
                        + "{\"mapping\":\"root = 2\"}, got {\"mapping\":\"root = 1\"}",
                invalid + ":1:1: test 'lints the result': lint error in resulting config: unable to infer component type: nosuch");

        // Benthos's dead_letter example expands to a file output (with a fallback and a switch): its own test passes
        assertThat(run("lint", "-t", "src/test/resources/templates/output_dead_letter.yaml")).as(cli.err()).isZero();
    }

    @Test
    void theExamplesOwnTestsPass() throws Exception {
        String[] t = usableTemplates();
        assertThat(run("lint", t[0], t[1])).as(cli.err()).isZero();
    }

    @Test
    void templateLintChecksTemplateFilesAsBenthosDoes() throws Exception {
        usableTemplates(); // copies them into tmpl/
        Path tmpl = dir.resolve("tmpl");
        assertThat(run("template", "lint", "--verbose", tmpl + "/...")).as(cli.err()).isZero();
        assertThat(cli.out().lines()).contains(tmpl.resolve("processor_shout.yaml") + ": OK");
        assertThat(run("template", "lint", "src/test/resources/templates/output_*.yaml")).as(cli.err()).isZero();
    }

    @Test
    void testCommandRunsConfigsThatUseTemplates() throws Exception {
        String[] t = usableTemplates();
        assertThat(run("test", t[0], t[1], "src/test/resources/templates/usage/pipeline.yaml")).as(cli.out() + cli.err()).isZero();
        assertThat(cli.out()).contains("Test 'src/test/resources/templates/usage/pipeline.yaml' succeeded");
        // without the templates the config is not valid
        assertThat(run("test", "src/test/resources/templates/usage/pipeline.yaml")).isEqualTo(1);
    }

    @Test
    void listShowsTemplatesWithTheBuiltInComponents() throws Exception {
        String[] t = usableTemplates();
        assertThat(run("list", t[0], t[1], "processors", "caches", "rate-limits", "inputs", "outputs")).isZero();
        assertThat(cli.out().lines()).contains("  - shout", "  - hydration", "  - short_memory", "  - per_second",
                "  - numbers", "  - post_to", "  - mapping");
    }

    @Test
    void runExpandsTemplatesIntoTheComponentsTheyStandFor() throws Exception {
        try (HttpSink sink = new HttpSink()) {
            Path cfg = config("run.yaml", """
                    http:
                      enabled: false
                    input:
                      numbers:
                        count: 3
                      processors:
                        - mapping: root = content().string() + "!"
                    pipeline:
                      processors:
                        - shout:
                            suffix: ""
                            mode: lower
                    output:
                      post_to:
                        url: %s
                      processors:
                        - mapping: root = "[" + content().string()
                    """.formatted(sink.url()));
            String[] t = usableTemplates();
            assertThat(run("run", t[0], t[1], cfg.toString())).as(cli.err()).isZero();
            // input: the template's processors, then the usage's; output: the usage's, then the template's
            assertThat(sink.accepted()).containsExactlyInAnyOrder("[1#!]", "[2#!]", "[3#!]");
        }
    }
}
