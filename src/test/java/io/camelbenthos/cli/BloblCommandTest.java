package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BloblCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, Map<String, String> env, String... args) {
        BloblCommand cmd = new BloblCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env);
        return new CommandLine(cmd).execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void mapsEachLineAndKeepsGoingAfterErrors() {
        int code = run("{\"a\":1}\n{\"a\":\"x\"}\n{\"a\":3}\n", Map.of(), "root.b = this.a + 1");
        assertThat(code).isZero();
        assertThat(stdout()).isEqualTo("{\"b\":2}\n{\"b\":4}\n");
        assertThat(stderr()).contains("failed to execute map: failed assignment (line 1): cannot add types string");
    }

    @Test
    void stringResultsRawDeletedEmptyAndUnassignedEchoesJson() {
        run("{\"b\":1, \"a\":\"<\"}\nnot json\n{\"d\":true}\n", Map.of(),
                "root = if this.catch(null).type() == \"object\" && this.exists(\"d\") { deleted() }");
        assertThat(stdout()).isEqualTo("{\"a\":\"\\u003c\",\"b\":1}\nnot json\n\n");
    }

    @Test
    void rawModeReadsLinesAsBytes() {
        run("hello\nworld\n", Map.of(), "-r", "root = this.string().uppercase()");
        assertThat(stdout()).isEqualTo("HELLO\nWORLD\n");
    }

    @Test
    void prettyOutput() {
        run("{\"a\":{\"b\":1}}\n", Map.of(), "--pretty", "root = this");
        assertThat(stdout()).isEqualTo("{\n  \"a\": {\n    \"b\": 1\n  }\n}\n");
    }

    @Test
    void metadataCarriesOverBetweenLines() {
        run("1\n2\n", Map.of(), "meta seen = (@seen | 0) + 1\nroot = @seen");
        assertThat(stdout()).isEqualTo("1\n2\n");
    }

    @Test
    void mappingFromFileWithEnvInterpolation(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("m.blobl");
        Files.writeString(f, "root.greeting = \"${GREETING:hi}\" + \" \" + this.name\n");
        run("{\"name\":\"ann\"}\n", Map.of("GREETING", "hello"), "-f", f.toString());
        assertThat(stdout()).isEqualTo("{\"greeting\":\"hello ann\"}\n");
    }

    @Test
    void parseErrorsAndFlagConflicts(@TempDir Path dir) throws IOException {
        assertThat(run("", Map.of(), "root = ")).isEqualTo(1);
        assertThat(stderr()).contains("failed to parse mapping: line 1 char 8: expected query");
        Path f = dir.resolve("m.blobl");
        Files.writeString(f, "root = 1");
        assertThat(run("", Map.of(), "-f", f.toString(), "root = 2")).isEqualTo(1);
        assertThat(stderr()).contains("unable to execute both a file mapping and an inline mapping");
    }
}
