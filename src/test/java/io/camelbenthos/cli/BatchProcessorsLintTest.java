package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint} of the batch processors (split, archive, unarchive, group_by, ...): one line per problem. */
class BatchProcessorsLintTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int lint(Path file) {
        return Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "lint", file.toString());
    }

    @Test
    void everyFieldIsCheckedWhereItIsWritten() throws Exception {
        Path f = Files.writeString(dir.resolve("batches.yaml"), """
                input:
                  stdin: {}
                pipeline:
                  processors:
                    - split: {size: many}
                    - archive: {format: rar}
                    - archive: {}
                    - unarchive: {format: 'csv:ab'}
                    - group_by:
                        - processors: []
                        - check: 'this.'
                    - group_by_value: {}
                    - select_parts: {parts: first}
                    - insert_part: {index: last}
                    - bounds_check: {max_parts: lots}
                output:
                  drop: {}
                """);
        assertThat(lint(f)).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                f + ":5:21: expected int value, got !!str",
                f + ":6:25: value rar is not a valid option for this field",
                f + ":7:16: field format is required",
                f + ":10:11: field check is required",
                f + ":11:24: required: expected method or field path",
                f + ":12:23: field value is required",
                f + ":13:29: expected array value, got !!str",
                f + ":14:28: expected int value, got !!str",
                f + ":15:33: expected int value, got !!str");
    }

    @Test
    void unarchiveFormatsAreCheckedWithBenthossWords() throws Exception {
        Path f = Files.writeString(dir.resolve("formats.yaml"), """
                input:
                  stdin: {}
                pipeline:
                  processors:
                    - unarchive: {format: 'csv:ab'}
                output:
                  drop: {}
                """);
        assertThat(lint(f)).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(f + ":5:27: csv format requires a single character delimiter");
    }

    @Test
    void theExamplesOfTheReferenceLintClean() throws Exception {
        Path f = Files.writeString(dir.resolve("clean.yaml"), """
                input:
                  stdin: {}
                pipeline:
                  processors:
                    - unarchive: {format: 'csv:;'}
                    - split: {size: 10, byte_size: 1000}
                    - group_by:
                        - check: 'this.type == "foo"'
                          processors:
                            - archive: {format: tar, path: '${! json("id") }.json'}
                    - group_by_value: {value: '${! meta("kafka_key") }'}
                    - select_parts: {parts: [0, -1]}
                    - insert_part: {index: -1, content: 'footer'}
                    - bounds_check: {max_part_size: 1024, min_part_size: 2}
                output:
                  drop: {}
                """);
        assertThat(lint(f)).as(err.toString()).isEqualTo(0);
    }
}
