package io.camelbenthos.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.testing.StreamHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code csv} input on real files, through the runtime: Benthos's documented examples, batches and lint. */
class CsvInputTest {
    @TempDir
    Path dir;

    @Test
    void rowsBecomeObjectsKeyedByTheHeaderWithItsColumnsInMetadata() throws Exception {
        Files.writeString(dir.resolve("a.csv"), "foo,bar,baz\nfirst foo,first bar,first baz\n"
                + "second foo,second bar,second baz\nx,y,z,extra\n");
        List<String> out = FiniteStreams.run("""
                input:
                  csv: {paths: ['%s/*.csv']}
                pipeline:
                  processors:
                    - mapping: 'root = [this, @header.or("none"), @path.split("/").index(-1)]'
                output:
                  test_sink: {name: out}
                """.formatted(dir));
        assertThat(out).containsExactly(
                "[{\"bar\":\"first bar\",\"baz\":\"first baz\",\"foo\":\"first foo\"},[\"foo\",\"bar\",\"baz\"],\"a.csv\"]",
                "[{\"bar\":\"second bar\",\"baz\":\"second baz\",\"foo\":\"second foo\"},[\"foo\",\"bar\",\"baz\"],\"a.csv\"]",
                "[[\"x\",\"y\",\"z\",\"extra\"],\"none\",\"a.csv\"]");
    }

    @Test
    void withoutHeaderRowsAreArraysBatchedByBatchCount() throws Exception {
        Files.writeString(dir.resolve("b.tsv"), "1\t2\n3\t4\n5\t6\n");
        List<String> out = FiniteStreams.run("""
                input:
                  csv: {paths: ['%s/b.tsv'], parse_header_row: false, delimiter: "\\t", batch_count: 2}
                pipeline:
                  processors:
                    - mapping: 'root = [this, batch_size()]'
                output:
                  test_sink: {name: out}
                """.formatted(dir));
        assertThat(out).containsExactly("[[\"1\",\"2\"],2]|[[\"3\",\"4\"],2]", "[[\"5\",\"6\"],1]");
    }

    @Test
    void aBadDelimiterOrBatchCountIsALintError() {
        assertThatThrownBy(() -> new StreamHarness("""
                input:
                  csv: {paths: [x.csv], delimiter: ';;'}
                output: {drop: {}}
                """)).hasMessageContaining("test.yaml:2:").hasMessageContaining("delimiter value must be exactly one character");
        assertThatThrownBy(() -> new StreamHarness("""
                input:
                  csv: {paths: [x.csv], batch_count: 0}
                output: {drop: {}}
                """)).hasMessageContaining("batch_count must be at least 1");
    }
}
