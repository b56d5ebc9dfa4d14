package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.testing.HttpSink;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -r/--resources} through the command line: the resource sections of the files (globs) are merged into the
 * config for {@code lint} and {@code run}; a label defined twice, or a file section that is not a resource, is a lint
 * at its own {@code file:line:col}.
 */
class ResourcesCommandTest {
    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    @Test
    void resourcesFromFilesAreWhatTheConfigReferences() throws Exception {
        file("res/procs.yaml", """
                processor_resources:
                  - label: exclaim
                    mapping: root = content().string() + "!"
                """);
        file("res/caches.yaml", """
                cache_resources:
                  - label: seen
                    memory: {}
                rate_limit_resources:
                  - label: slow
                    local: {}
                """);
        Path cfg = file("cfg.yaml", """
                pipeline:
                  processors:
                    - resource: exclaim
                    - dedupe:
                        cache: seen
                        key: ${! content() }
                    - rate_limit:
                        resource: slow
                output:
                  drop: {}
                """);
        assertThat(run("lint", cfg.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("processor resource 'exclaim' was not found");
        assertThat(run("lint", "-r", dir + "/res/*.yaml", cfg.toString())).as(cli.err()).isZero();
    }

    @Test
    void aLabelDefinedTwiceOrAStraySectionIsALintAtItsPlace() throws Exception {
        Path res = file("res.yaml", """
                output:
                  drop: {}
                processor_resources:
                  - label: exclaim
                    mapping: root = content()
                  - label: other
                    mapping: root = content()
                """);
        Path cfg = file("cfg.yaml", """
                pipeline:
                  processors:
                    - resource: exclaim
                processor_resources:
                  - label: exclaim
                    mapping: root = content().string() + "!"
                """);
        assertThat(run("lint", "-r", res.toString(), cfg.toString())).isEqualTo(1);
        assertThat(cli.err().lines()).containsExactly(
                res + ":1:1: field output not recognised",
                res + ":4:12: label 'exclaim' collides with a previously defined label at line 5");
    }

    @Test
    void runUsesTheResourcesOfTheFiles() throws Exception {
        try (HttpSink sink = new HttpSink()) {
            Path res = file("res.yaml", """
                    processor_resources:
                      - label: exclaim
                        mapping: root = content().string() + "!"
                    output_resources:
                      - label: sink
                        http_client:
                          url: %s
                          verb: POST
                    """.formatted(sink.url()));
            Path cfg = file("cfg.yaml", """
                    http:
                      enabled: false
                    input:
                      generate:
                        count: 2
                        interval: ""
                        mapping: root = "hi"
                    pipeline:
                      processors:
                        - resource: exclaim
                    output:
                      resource: sink
                    """);
            assertThat(run("run", "-r", res.toString(), cfg.toString())).as(cli.err()).isZero();
            assertThat(sink.accepted()).containsExactly("hi!", "hi!");
        }
    }
}
