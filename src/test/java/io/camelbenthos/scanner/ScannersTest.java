package io.camelbenthos.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.Position;
import io.camelbenthos.message.Message;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Each scanner kind on the examples of Benthos's docs and tests, configured as YAML. */
class ScannersTest {
    private static final Position AT = new Position("test.yaml", 3, 5);

    private static ScannerFactory scanner(String yaml) {
        Object raw = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        return Scanners.parse(longs(raw), AT);
    }

    /** snakeyaml reads small ints as Integer; the config layer hands Long. */
    private static Object longs(Object raw) {
        if (raw instanceof Integer i) {
            return i.longValue();
        }
        if (raw instanceof Map<?, ?> m) {
            Map<Object, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, longs(v)));
            return out;
        }
        if (raw instanceof List<?> l) {
            return l.stream().map(ScannersTest::longs).toList();
        }
        return raw;
    }

    private static List<Message> scan(ScannerFactory factory, byte[] input, String name) throws IOException {
        List<Message> out = new ArrayList<>();
        try (Scanner s = factory.open(new ByteArrayInputStream(input), name)) {
            List<Message> batch;
            while ((batch = s.next()) != null) {
                out.addAll(batch);
            }
        }
        return out;
    }

    private static List<String> texts(ScannerFactory factory, String input) throws IOException {
        return scan(factory, input.getBytes(StandardCharsets.UTF_8), "in.txt").stream()
                .map(Message::contentAsString).toList();
    }

    @Test
    void linesSplitOnLineBreaksDroppingCarriageReturns() throws IOException {
        assertThat(texts(scanner("lines: {}"), "foo\r\nbar\n\nbaz")).containsExactly("foo", "bar", "", "baz");
        assertThat(texts(scanner("lines: {omit_empty: true}"), "foo\n\nbar\n")).containsExactly("foo", "bar");
    }

    @Test
    void linesWithACustomDelimiter() throws IOException {
        assertThat(texts(scanner("lines: {custom_delimiter: 'X'}"), "fooXbarXbaz")).containsExactly("foo", "bar", "baz");
        assertThat(texts(scanner("lines: {custom_delimiter: '||'}"), "a||b\r||")).containsExactly("a", "b\r");
    }

    @Test
    void aLineLongerThanTheBufferIsAnError() {
        assertThatThrownBy(() -> texts(scanner("lines: {max_buffer_size: 4}"), "abcdefgh\n"))
                .hasMessage("bufio.Scanner: token too long");
    }

    @Test
    void csvWithAHeaderRowGivesObjectsAndRowNumbers() throws IOException {
        List<Message> out = scan(scanner("csv: {}"), "a,b,c\nfoo1,bar1,baz1\nfoo2,bar2,baz2\n"
                .getBytes(StandardCharsets.UTF_8), "x.csv");
        assertThat(out).extracting(Message::contentAsString).containsExactly(
                "{\"a\":\"foo1\",\"b\":\"bar1\",\"c\":\"baz1\"}", "{\"a\":\"foo2\",\"b\":\"bar2\",\"c\":\"baz2\"}");
        assertThat(out).extracting(m -> m.metadata().get("csv_row")).containsExactly(0L, 1L);
    }

    @Test
    void csvWithoutHeaderACustomDelimiterAndQuotes() throws IOException {
        assertThat(texts(scanner("csv: {parse_header_row: false, custom_delimiter: ';'}"),
                "a;\"b;c\"\n\"say \"\"hi\"\"\";d\n"))
                .containsExactly("[\"a\",\"b;c\"]", "[\"say \\\"hi\\\"\",\"d\"]");
    }

    @Test
    void csvLazyQuotesAcceptBareQuotes() throws IOException {
        assertThatThrownBy(() -> texts(scanner("csv: {parse_header_row: false}"), "a\"b,c\n"))
                .hasMessage("parse error on line 1, column 2: bare \" in non-quoted-field");
        assertThat(texts(scanner("csv: {parse_header_row: false, lazy_quotes: true}"), "a\"b,c\n"))
                .containsExactly("[\"a\\\"b\",\"c\"]");
    }

    @Test
    void csvContinueOnErrorFlagsTheBadRowAndGoesOn() throws IOException {
        assertThatThrownBy(() -> texts(scanner("csv: {}"), "a,b\n1,2\n3\n4,5\n"))
                .hasMessage("record on line 3: wrong number of fields");
        List<Message> out = scan(scanner("csv: {continue_on_error: true}"), "a,b\n1,2\n3\n4,5\n"
                .getBytes(StandardCharsets.UTF_8), "x.csv");
        assertThat(out).extracting(Message::contentAsString)
                .containsExactly("{\"a\":\"1\",\"b\":\"2\"}", "{\"a\":\"3\"}", "{\"a\":\"4\",\"b\":\"5\"}");
        assertThat(out.get(1).error()).hasMessage("record on line 3: wrong number of fields");
        assertThat(out.get(2).errored()).isFalse();
    }

    @Test
    void jsonDocumentsAndJsonArray() throws IOException {
        assertThat(texts(scanner("json_documents: {}"), "{\"b\":1,\"a\":2} [1, 2]\n\"x\"  4.5"))
                .containsExactly("{\"a\":2,\"b\":1}", "[1,2]", "\"x\"", "4.5");
        assertThat(texts(scanner("json_array: {}"), "[{\"a\":1}, 2, \"three\"]"))
                .containsExactly("{\"a\":1}", "2", "\"three\"");
        assertThatThrownBy(() -> texts(scanner("json_array: {}"), "{\"a\":1}"))
                .hasMessageStartingWith("expected opening '[' but got {");
    }

    @Test
    void toTheEndAndChunker() throws IOException {
        assertThat(texts(scanner("to_the_end: {}"), "a\nb\nc")).containsExactly("a\nb\nc");
        assertThat(texts(scanner("chunker: {size: 4}"), "abcdefghij")).containsExactly("abcd", "efgh", "ij");
    }

    @Test
    void reMatchCutsAtEachMatch() throws IOException {
        String log = "preamble\n12:00:01 first\nmore\n12:00:02 second\n12:00:03 third";
        assertThat(texts(scanner("re_match: {pattern: '(?m)^\\d\\d:\\d\\d:\\d\\d'}"), log)).containsExactly(
                "preamble\n", "12:00:01 first\nmore\n", "12:00:02 second\n", "12:00:03 third");
    }

    @Test
    void decompressFeedsTheChildScanner() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("one\ntwo\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(scan(scanner("decompress: {algorithm: gzip, into: {lines: {}}}"), bytes.toByteArray(), "x.gz"))
                .extracting(Message::contentAsString).containsExactly("one", "two");
        assertThat(scan(scanner("decompress: {algorithm: gzip}"), bytes.toByteArray(), "x.gz"))
                .extracting(Message::contentAsString).containsExactly("one\ntwo\n");
    }

    @Test
    void tarGivesAMessagePerFileWithItsName() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            for (String name : List.of("a.txt", "dir/b.txt")) {
                byte[] content = ("content of " + name).getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(name);
                entry.setSize(content.length);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
        List<Message> out = scan(scanner("tar: {}"), bytes.toByteArray(), "x.tar");
        assertThat(out).extracting(Message::contentAsString).containsExactly("content of a.txt", "content of dir/b.txt");
        assertThat(out).extracting(m -> m.metadata().get("tar_name")).containsExactly("a.txt", "dir/b.txt");
    }

    @Test
    void skipBomDropsAByteOrderMark() throws IOException {
        byte[] input = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i', '\n', 'x'};
        assertThat(scan(scanner("skip_bom: {into: {lines: {}}}"), input, "x"))
                .extracting(Message::contentAsString).containsExactly("hi", "x");
        assertThat(texts(scanner("skip_bom: {}"), "no mark")).containsExactly("no mark");
    }

    @Test
    void switchPicksTheScannerByName() throws IOException {
        ScannerFactory s = scanner("switch:\n  - re_match_name: '\\.csv$'\n    scanner: {csv: {}}\n"
                + "  - scanner: {to_the_end: {}}\n");
        assertThat(scan(s, "a\n1\n".getBytes(StandardCharsets.UTF_8), "data/x.csv"))
                .extracting(Message::contentAsString).containsExactly("{\"a\":\"1\"}");
        assertThat(scan(s, "a\n1\n".getBytes(StandardCharsets.UTF_8), "data/x.txt"))
                .extracting(Message::contentAsString).containsExactly("a\n1\n");
        ScannerFactory noCatchAll = scanner("switch:\n  - re_match_name: '\\.csv$'\n    scanner: {csv: {}}\n");
        assertThatThrownBy(() -> scan(noCatchAll, new byte[0], "x.txt"))
                .hasMessage("source details did not match against any scanners");
    }

    @Test
    void deprecatedCodecsMapToScanners() throws IOException {
        assertThat(texts(Scanners.fromCodec("delim:;", 1000000, AT), "a;b")).containsExactly("a", "b");
        assertThat(texts(Scanners.fromCodec("all-bytes", 1000000, AT), "a\nb")).containsExactly("a\nb");
        assertThat(texts(Scanners.fromCodec("chunker:2", 1000000, AT), "abc")).containsExactly("ab", "c");
        assertThatThrownBy(() -> Scanners.fromCodec("avro-ocf:marshaler=json", 1000000, AT))
                .isInstanceOf(ConfigException.class).hasMessageContaining("codec was not recognised: avro-ocf");
    }

    @Test
    void badScannerConfigsAreLintErrorsAtTheField() {
        assertThatThrownBy(() -> scanner("nope: {}")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("test.yaml:3:5: scanner type 'nope' was not recognised");
        assertThatThrownBy(() -> scanner("re_match: {pattern: '('}")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("error parsing regexp");
        assertThatThrownBy(() -> scanner("chunker: {}")).hasMessageContaining("chunker scanner: field size is required");
        assertThatThrownBy(() -> scanner("lines: {max_bufer_size: 5}"))
                .hasMessageContaining("lines scanner: field max_bufer_size not recognised");
        assertThatThrownBy(() -> scanner("decompress: {algorithm: rar}"))
                .hasMessageContaining("decompression algorithm not recognised: rar");
        assertThatThrownBy(() -> scanner("csv: {custom_delimiter: ';;'}"))
                .hasMessageContaining("csv delimiter value must be exactly one character");
    }
}
