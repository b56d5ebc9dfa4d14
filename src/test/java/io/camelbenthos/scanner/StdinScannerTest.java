package io.camelbenthos.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code stdin} input on the shared scanners, run through the command line. */
class StdinScannerTest {
    @TempDir
    Path dir;

    private String run(String config, String input) throws Exception {
        Path file = dir.resolve("stdin.yaml");
        Files.writeString(file, config);
        InputStream originalIn = System.in;
        PrintStream originalOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertThat(Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run", file.toString()))
                    .as(err.toString()).isZero();
        } finally {
            System.setIn(originalIn);
            System.setOut(originalOut);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aScannerCutsStandardInput() throws Exception {
        assertThat(run("""
                input:
                  stdin:
                    scanner: {csv: {}}
                pipeline:
                  processors:
                    - mapping: 'root = this.name.uppercase()'
                output:
                  stdout: {}
                """, "name,age\nada,36\nbob,7\n")).isEqualTo("ADA\nBOB\n");
    }

    @Test
    void theDefaultStillSkipsEmptyLines() throws Exception {
        assertThat(run("""
                input:
                  stdin: {}
                output:
                  stdout: {}
                """, "a\n\nb\r\n")).isEqualTo("a\nb\n");
    }
}
