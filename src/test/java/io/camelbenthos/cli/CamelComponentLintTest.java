package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint} of the {@code camel} input, output and processor: a scheme without a component names its artifact. */
class CamelComponentLintTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int lint(Path file) {
        return Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "lint", file.toString());
    }

    @Test
    void anInputSchemeWithoutAComponentIsALintErrorNamingTheArtifact() throws Exception {
        Path f = Files.writeString(dir.resolve("in.yaml"), """
                input:
                  camel: {uri: "nats:orders"}
                output:
                  drop: {}
                """);
        assertThat(lint(f)).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                f + ":2:16: no Camel component for scheme 'nats': add org.apache.camel:camel-nats:4.18.0 "
                        + "(run --dep org.apache.camel:camel-nats:4.18.0, or its jar in lib/)");
    }

    @Test
    void anOutputSchemeWithoutAComponentIsALintErrorNamingTheArtifact() throws Exception {
        Path f = Files.writeString(dir.resolve("out.yaml"), """
                input:
                  stdin: {}
                output:
                  camel: {uri: "ftp://host/${! @dir }"}
                """);
        assertThat(lint(f)).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                f + ":4:16: no Camel component for scheme 'ftp': add org.apache.camel:camel-ftp:4.18.0 "
                        + "(run --dep org.apache.camel:camel-ftp:4.18.0, or its jar in lib/)");
    }

    @Test
    void aProcessorUriWithoutASchemeIsALintError() throws Exception {
        Path f = Files.writeString(dir.resolve("proc.yaml"), """
                input:
                  stdin: {}
                pipeline:
                  processors:
                    - camel: {uri: "no-scheme-here"}
                output:
                  drop: {}
                """);
        assertThat(lint(f)).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                f + ":5:20: uri must start with a Camel component scheme (jms:, file:, …): no-scheme-here");
    }

    @Test
    void aComponentOnTheClassPathPasses() throws Exception {
        Path f = Files.writeString(dir.resolve("ok.yaml"), """
                input:
                  camel: {uri: "timer:tick?repeatCount=1"}
                output:
                  camel: {uri: "jms:queue:${! @q }"}
                """);
        assertThat(lint(f)).as(err.toString()).isZero();
    }
}
