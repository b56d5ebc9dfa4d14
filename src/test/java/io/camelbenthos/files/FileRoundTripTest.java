package io.camelbenthos.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.config.ConfigException;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code file} input and output through the runtime on real files: written by one config, read back by another
 * (globs, scanners, metadata), acks deciding {@code delete_on_finish}, and the lint errors of bad values.
 */
class FileRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void writtenWithInterpolatedPathsThenReadBackThroughASuperGlob() throws Exception {
        FiniteStreams.run("""
                input:
                  generate: {count: 6, interval: '', mapping: 'root = {"id": count("files-rt")}'}
                output:
                  file:
                    path: '%s/out/${! if this.id %% 2 == 0 { "even" } else { "odd" } }/ids.jsonl'
                """.formatted(dir));
        // the pipeline may run messages in parallel: the order within a file is not fixed
        assertThat(Files.readAllLines(dir.resolve("out/odd/ids.jsonl")))
                .containsExactlyInAnyOrder("{\"id\":1}", "{\"id\":3}", "{\"id\":5}");
        assertThat(Files.readAllLines(dir.resolve("out/even/ids.jsonl")))
                .containsExactlyInAnyOrder("{\"id\":2}", "{\"id\":4}", "{\"id\":6}");
        assertThat(Files.readString(dir.resolve("out/odd/ids.jsonl"))).endsWith("}\n");
        Instant modTime = Instant.parse("2026-01-02T03:04:05Z");
        Files.setLastModifiedTime(dir.resolve("out/odd/ids.jsonl"), FileTime.from(modTime));

        FiniteStreams.run("""
                input:
                  file:
                    paths: ['%s/out/**/*.jsonl']
                pipeline:
                  processors:
                    - mapping: 'root = "%%v %%v %%v %%v".format(this.id, @path.split("/").index(-2), @mod_time_unix, @mod_time)'
                output:
                  test_sink: {name: out}
                """.formatted(dir));
        long unix = modTime.getEpochSecond();
        assertThat(TestComponents.sink("out")).hasSize(6).contains("1 odd " + unix + " 2026-01-02T03:04:05Z",
                "5 odd " + unix + " 2026-01-02T03:04:05Z");
        assertThat(TestComponents.sink("out")).filteredOn(s -> s.contains("even")).hasSize(3);
    }

    @Test
    void codecsDelimitAsBenthosDoes() throws Exception {
        FiniteStreams.run("""
                input:
                  generate: {count: 3, interval: '', mapping: 'root = if count("codecs") == 2 { "b;" } else { "x" }'}
                output:
                  file: {path: '%s/delim.txt', codec: 'delim:;'}
                """.formatted(dir));
        // "b;" already ends with the delimiter: none is added
        assertThat(Files.readString(dir.resolve("delim.txt"))).isIn("x;b;x;", "b;x;x;", "x;x;b;");
        FiniteStreams.run("""
                input:
                  generate: {count: 3, interval: '', mapping: 'root = "v" + uuid_v4()'}
                output:
                  file: {path: '%s/all.txt', codec: all-bytes}
                """.formatted(dir));
        // each message replaced the file's content: one message, no delimiter
        assertThat(Files.readString(dir.resolve("all.txt"))).matches("v[0-9a-f-]{36}");
    }

    @Test
    void aCompressedCsvReadThroughDecompressAndCsvScanners() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("name,age\nada,36\nbob,7\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("people.csv.gz"), gz.toByteArray());
        FiniteStreams.run("""
                input:
                  file:
                    paths: ['%s/*.csv.gz']
                    scanner:
                      decompress: {algorithm: gzip, into: {csv: {}}}
                pipeline:
                  processors:
                    - mapping: 'root = this.merge({"row": @csv_row})'
                output:
                  test_sink: {name: out}
                """.formatted(dir));
        assertThat(TestComponents.sink("out")).containsExactly("{\"age\":\"36\",\"name\":\"ada\",\"row\":0}",
                "{\"age\":\"7\",\"name\":\"bob\",\"row\":1}");
    }

    @Test
    void deleteOnFinishDeletesOnlyFilesWhoseEveryMessageWasAcked() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "1\n2\n3\n");
        Files.writeString(dir.resolve("b.txt"), "4\nfail\n5\n");
        FiniteStreams.run("""
                input:
                  file:
                    paths: ['%s/*.txt']
                    delete_on_finish: true
                    auto_replay_nacks: false
                output:
                  switch:
                    cases:
                      - check: content() == "fail"
                        output: {reject: 'no thanks'}
                      - output: {test_sink: {name: out}}
                """.formatted(dir));
        assertThat(TestComponents.sink("out")).containsExactly("1", "2", "3", "4", "5");
        assertThat(dir.resolve("a.txt")).doesNotExist();
        assertThat(dir.resolve("b.txt")).exists();
    }

    @Test
    void aNackedBatchIsReplayedUntilAckedThenTheFileIsDeleted() throws Exception {
        Files.writeString(dir.resolve("c.txt"), "only\n");
        FiniteStreams.run("""
                input:
                  file: {paths: ['%s/c.txt'], delete_on_finish: true}
                output:
                  test_sink: {name: out, fail_first: 3}
                """.formatted(dir));
        assertThat(TestComponents.sink("out")).containsExactly("only");
        assertThat(dir.resolve("c.txt")).doesNotExist();
    }

    @Test
    void badGlobsScannersAndCodecsAreLintErrors() {
        assertThatThrownBy(() -> new StreamHarness("""
                input:
                  file: {paths: ['/tmp/[a-']}
                output: {drop: {}}
                """)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("test.yaml:2:").hasMessageContaining("failed to resolve path glob '/tmp/[a-': "
                        + "syntax error in pattern");
        assertThatThrownBy(() -> new StreamHarness("""
                input:
                  file:
                    paths: [x.txt]
                    scanner: {lines: {custom_delimiter: ';', max_buffer_size: -1}}
                output: {drop: {}}
                """)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("test.yaml:4:").hasMessageContaining("lines scanner: field max_buffer_size");
        assertThatThrownBy(() -> new StreamHarness("""
                input:
                  file: {paths: [x.txt], codec: 'avro-ocf:marshaler=json'}
                output: {drop: {}}
                """)).hasMessageContaining("codec was not recognised: avro-ocf:marshaler=json");
        assertThatThrownBy(() -> new StreamHarness("""
                input: {generate: {mapping: 'root = 1'}}
                output:
                  file: {path: x.txt, codec: 'delim:'}
                """)).hasMessageContaining("test.yaml:3:").hasMessageContaining("custom delimiter codec requires a "
                        + "non-empty delimiter");
    }
}
