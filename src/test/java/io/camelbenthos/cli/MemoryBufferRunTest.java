package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} with a finite input and a {@code memory} buffer: the input ends while the buffer still holds messages
 * (the pipeline is slower than the input), and the run writes all of them before it exits (processors reference
 * §21.1: remaining data is flushed before the buffer reports its end).
 */
class MemoryBufferRunTest {
    @Test
    void whatTheBufferHoldsWhenTheInputEndsIsStillWritten(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path config = Files.writeString(dir.resolve("buffered.yaml"), """
                http:
                  enabled: false
                input:
                  generate:
                    count: 5
                    interval: ""
                    mapping: 'root = "m" + counter().string()'
                buffer:
                  memory: {}
                pipeline:
                  threads: 1
                  processors:
                    - sleep: {duration: 20ms}
                output:
                  cache:
                    target: files
                    key: '${! content() }'
                cache_resources:
                  - label: files
                    file: {directory: '%s'}
                """.formatted(out));
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run", config.toString());
        assertThat(code).as(err.toString()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("m1", "m2", "m3", "m4", "m5");
        }
    }
}
