package io.camelbenthos.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.testing.StreamHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sequence} and {@code read_until} inputs over file and csv children, through the runtime. */
class SequenceReadUntilTest {
    @TempDir
    Path dir;

    @Test
    void sequenceReadsEachChildToItsEndBeforeTheNextWithTheChildrensOwnProcessors() throws Exception {
        Files.writeString(dir.resolve("first.txt"), "a\nb\n");
        Files.writeString(dir.resolve("second.csv"), "n\n1\n2\n");
        List<String> out = FiniteStreams.run("""
                input:
                  sequence:
                    inputs:
                      - file: {paths: ['%1$s/first.txt']}
                      - csv: {paths: ['%1$s/second.csv']}
                        processors:
                          - mapping: 'root = "row " + this.n'
                  processors:
                    - mapping: 'root = content().uppercase()'
                output:
                  test_sink: {name: out}
                """.formatted(dir));
        assertThat(out).containsExactly("A", "B", "ROW 1", "ROW 2");
    }

    @Test
    void readUntilStopsAfterTheCheckedMessageIsAckedAndMarksIt() throws Exception {
        Files.writeString(dir.resolve("lines.txt"), "1\n2\nstop\n3\n4\n");
        List<String> out = FiniteStreams.run("""
                input:
                  read_until:
                    check: content() == "stop"
                    input:
                      file: {paths: ['%s/lines.txt']}
                pipeline:
                  processors:
                    - mapping: 'root = content().string() + " " + (@benthos_read_until | "-")'
                output:
                  test_sink: {name: out}
                """.formatted(dir));
        assertThat(out).containsExactly("1 -", "2 -", "stop final");
    }

    @Test
    void readUntilRestartsItsChildUntilTheCheckHolds() throws Exception {
        Files.writeString(dir.resolve("again.txt"), "x\n");
        List<String> out = FiniteStreams.run("""
                input:
                  read_until:
                    check: count("restarts-%s") == 3
                    restart_input: true
                    input:
                      file: {paths: ['%s/again.txt']}
                output:
                  test_sink: {name: out}
                """.formatted(dir.getFileName(), dir));
        assertThat(out).containsExactly("x", "x", "x");
    }

    @Test
    void childrenThatCannotBeDrivenAndSettingsBenthosRefusesAreLintErrors() {
        assertThatThrownBy(() -> new StreamHarness("""
                input:
                  sequence:
                    inputs:
                      - generate: {mapping: 'root = 1'}
                output: {drop: {}}
                """)).hasMessageContaining("test.yaml:4:").hasMessageContaining("sequence input: a child input of "
                        + "type 'generate' is not supported here");
        assertThatThrownBy(() -> new StreamHarness("""
                input:
                  read_until:
                    input: {file: {paths: [x]}}
                output: {drop: {}}
                """)).hasMessageContaining("it is required to set either check or idle_timeout");
        assertThatThrownBy(() -> new StreamHarness("""
                input:
                  sequence:
                    sharded_join: {type: full-outer, id_path: id}
                    inputs: [{file: {paths: [x]}}]
                output: {drop: {}}
                """)).hasMessageContaining("sharded_join is not supported");
    }
}
