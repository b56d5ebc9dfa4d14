package io.camelbenthos.bloblang.formats.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.formats.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.parquet.CamelBenthosReadOptions;
import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real Parquet files (written by parquet-java in memory) decoded into Bloblang values, checked against what
 * Redpanda Connect's parquet-go {@code GenericReader[any]} yields. Runs without Hadoop on the classpath (surefire
 * excludes it), which is part of what it proves.
 */
class ParquetDecoderTest {
    private static final String ALL_TYPES = """
            message row {
              required boolean b;
              required int32 i32;
              required int64 i64;
              required int96 i96;
              required float f;
              required double d;
              required binary raw;
              required binary s (STRING);
              required binary e (ENUM);
              required binary j (JSON);
              required binary bson (BSON);
              required fixed_len_byte_array(3) fixed;
              required fixed_len_byte_array(16) u (UUID);
              required int32 dec32 (DECIMAL(9,2));
              required int64 dec64 (DECIMAL(18,3));
              required fixed_len_byte_array(8) decfix (DECIMAL(16,4));
              required binary decbin (DECIMAL(20,2));
              required int32 date (DATE);
              required int32 tmillis (TIME(MILLIS,true));
              required int64 tmicros (TIME(MICROS,true));
              required int64 tsmillis (TIMESTAMP(MILLIS,true));
              required int64 tsmicros (TIMESTAMP(MICROS,false));
              required int64 tsnanos (TIMESTAMP(NANOS,true));
              required int32 i8 (INTEGER(8,true));
              required int32 u32 (INTEGER(32,false));
              required int64 u64 (INTEGER(64,false));
            }""";

    private static final byte[] UUID_BYTES = HexFormatBytes.of("0123456789abcdef0123456789abcdef");

    private static void fillAllTypes(Integer n, Group g) {
        g.append("b", n % 2 == 0)
                .append("i32", -7 * n)
                .append("i64", 1L << 40 | n)
                .append("f", 1.5f)
                .append("d", 0.1 + n)
                .append("raw", Binary.fromConstantByteArray(("raw-" + n).getBytes(StandardCharsets.UTF_8)))
                .append("s", "héllo " + n)
                .append("e", "RED")
                .append("j", "{\"a\":[1,2.5,\"x\"],\"n\":null}")
                .append("bson", Binary.fromConstantByteArray(new byte[] {'o', 'k'}))
                .append("dec32", 12345)
                .append("dec64", 9876543210L)
                .append("date", 19_000)
                .append("tmillis", 3_600_000)
                .append("tmicros", 3_600_000_000L)
                .append("tsmillis", 1_700_000_000_123L)
                .append("tsmicros", 1_700_000_000_123_456L)
                .append("tsnanos", 1_700_000_000_123_456_789L)
                .append("i8", -8)
                .append("u32", -1) // 4294967295 as UINT_32
                .append("u64", -1L);
        g.add("i96", Binary.fromConstantByteArray(int96(n)));
        g.add("fixed", Binary.fromConstantByteArray(new byte[] {1, 2, (byte) n.intValue()}));
        g.add("u", Binary.fromConstantByteArray(UUID_BYTES));
        g.add("decfix", Binary.fromConstantByteArray(new byte[] {0, 0, 0, 0, 0, 0, 0x30, 0x39}));
        g.add("decbin", Binary.fromConstantByteArray(new byte[] {0x30, 0x39}));
    }

    private static byte[] int96(int n) {
        return ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(n).putInt(-1).putInt(2_460_000).array();
    }

    @Test
    void everyLeafTypeBecomesTheValueParquetGoAssignsToAnAny() {
        byte[] file = TestParquetFiles.write(ALL_TYPES, TestParquetFiles.Options.defaults(), List.of(1),
                ParquetDecoderTest::fillAllTypes);

        List<Object> rows = ParquetDecoder.decode(file);

        assertThat(rows).hasSize(1);
        Map<String, Object> row = asMap(rows.get(0));
        assertThat(row).containsEntry("b", false)
                .containsEntry("i32", -7)
                .containsEntry("i64", (1L << 40) | 1)
                .containsEntry("i96", List.of(1L, 4294967295L, 2_460_000L))
                .containsEntry("f", 1.5f)
                .containsEntry("d", 1.1)
                .containsEntry("raw", "raw-1")
                .containsEntry("s", "héllo 1")
                .containsEntry("e", "RED")
                .containsEntry("bson", "ok")
                .containsEntry("dec32", 12345)
                .containsEntry("dec64", 9876543210L)
                .containsEntry("decbin", "09")
                .containsEntry("date", 19_000)
                .containsEntry("tmillis", 3_600_000)
                .containsEntry("tmicros", 3_600_000_000L)
                .containsEntry("tsmillis", 1_700_000_000_123L)
                .containsEntry("tsmicros", 1_700_000_000_123_456L)
                .containsEntry("tsnanos", 1_700_000_000_123_456_789L)
                .containsEntry("i8", -8)
                .containsEntry("u32", -1)
                .containsEntry("u64", -1L);
        // Go's exact types: int32 and float32 stay narrow, INT64 (timestamps included) is int64.
        assertThat(row.get("i32")).isInstanceOf(Integer.class);
        assertThat(row.get("date")).isInstanceOf(Integer.class);
        assertThat(row.get("f")).isInstanceOf(Float.class);
        assertThat(row.get("tsmillis")).isInstanceOf(Long.class);
        assertThat(row.get("j")).isEqualTo(mapOf("a", List.of(1.0, 2.5, "x"), "n", null));
        assertThat((byte[]) row.get("fixed")).containsExactly(1, 2, 1);
        assertThat((byte[]) row.get("u")).containsExactly(UUID_BYTES);
        assertThat((byte[]) row.get("decfix")).containsExactly(0, 0, 0, 0, 0, 0, 0x30, 0x39);
        assertThat(row).hasSize(26);
    }

    private static final String NESTED = """
            message row {
              optional int32 maybe;
              optional binary name (STRING);
              optional group address { required binary city (STRING); optional int32 zip; }
              required group meta { required int64 id; }
              repeated int32 plain_repeated;
              repeated group tags { required binary k (STRING); }
              optional group nums (LIST) { repeated group list { optional int64 element; } }
              required group strs (LIST) { repeated group list { required binary element (STRING); } }
              optional group legacy (LIST) { repeated int32 array; }
              optional group m (MAP) { repeated group key_value { required binary key (STRING); optional int32 value; } }
              optional group objs (LIST) { repeated group list { required group element { required binary x (STRING); } } }
              optional group runes (MAP) { repeated group key_value { required int32 key; required binary value (STRING); } }
            }""";

    @Test
    void nullsGroupsListsAndMaps() {
        byte[] file = TestParquetFiles.write(NESTED, TestParquetFiles.Options.defaults(), List.of(true, false),
                (full, g) -> {
                    g.addGroup("meta").append("id", full ? 1L : 2L);
                    g.addGroup("strs"); // required LIST: empty in the second row
                    if (!full) {
                        return;
                    }
                    g.append("maybe", 5).append("name", "n");
                    g.addGroup("address").append("city", "Paris");
                    g.append("plain_repeated", 1).append("plain_repeated", 2);
                    g.addGroup("tags").append("k", "a");
                    g.addGroup("tags").append("k", "b");
                    Group nums = g.addGroup("nums");
                    nums.addGroup("list").append("element", 10L);
                    nums.addGroup("list"); // a null element
                    nums.addGroup("list").append("element", 30L);
                    g.getGroup("strs", 0).addGroup("list").append("element", "x");
                    g.addGroup("legacy").append("array", 7).append("array", 8);
                    Group m = g.addGroup("m");
                    m.addGroup("key_value").append("key", "one").append("value", 1);
                    m.addGroup("key_value").append("key", "none");
                    g.addGroup("objs").addGroup("list").addGroup("element").append("x", "y");
                    g.addGroup("runes").addGroup("key_value").append("key", 65).append("value", "A");
                });

        List<Object> rows = ParquetDecoder.decode(file);

        Map<String, Object> full = asMap(rows.get(0));
        assertThat(full).containsEntry("maybe", 5)
                .containsEntry("name", "n")
                .containsEntry("address", mapOf("city", "Paris", "zip", null))
                .containsEntry("meta", Map.of("id", 1L))
                .containsEntry("plain_repeated", List.of(1, 2))
                .containsEntry("tags", List.of(Map.of("k", "a"), Map.of("k", "b")))
                .containsEntry("nums", Arrays.asList(10L, null, 30L))
                .containsEntry("strs", List.of("x"))
                .containsEntry("legacy", List.of(7, 8))
                .containsEntry("m", mapOf("one", 1, "none", null))
                .containsEntry("objs", List.of(Map.of("x", "y")))
                .containsEntry("runes", Map.of("A", "A"));

        Map<String, Object> empty = asMap(rows.get(1));
        assertThat(empty).containsEntry("maybe", null)
                .containsEntry("name", null)
                .containsEntry("address", null)
                .containsEntry("meta", Map.of("id", 2L))
                .containsEntry("plain_repeated", List.of())
                .containsEntry("tags", List.of())
                .containsEntry("nums", null)
                .containsEntry("strs", List.of())
                .containsEntry("legacy", null)
                .containsEntry("m", null)
                .containsEntry("objs", null)
                .containsEntry("runes", null)
                .hasSize(12);
    }

    @Test
    void emptyMapIsAnEmptyObject() {
        byte[] file = TestParquetFiles.write("""
                message row { required group m (MAP) { repeated group key_value { required binary key (STRING); required int32 value; } } }""",
                TestParquetFiles.Options.defaults(), List.of(1), (n, g) -> g.addGroup("m"));

        assertThat(ParquetDecoder.decode(file)).containsExactly(Map.of("m", Map.of()));
    }

    @Test
    void mapKeysThatGoCannotConvertToAStringFail() {
        byte[] file = TestParquetFiles.write("""
                message row { required group m (MAP) { repeated group key_value { required boolean key; required int32 value; } } }""",
                TestParquetFiles.Options.defaults(), List.of(1),
                (n, g) -> g.addGroup("m").addGroup("key_value").append("key", true).append("value", 1));

        assertThatThrownBy(() -> ParquetDecoder.decode(file)).isInstanceOf(FormatException.class)
                .hasMessage("decoding panic: reflect.Value.Convert: value of type bool cannot be converted to type string");
    }

    static Stream<Arguments> codecsAndPageVersions() {
        List<Arguments> cases = new ArrayList<>();
        for (CompressionCodecName codec : List.of(CompressionCodecName.UNCOMPRESSED, CompressionCodecName.SNAPPY,
                CompressionCodecName.GZIP, CompressionCodecName.ZSTD, CompressionCodecName.LZ4_RAW,
                CompressionCodecName.LZ4)) {
            for (WriterVersion version : WriterVersion.values()) {
                cases.add(Arguments.of(codec, version, true));
            }
            cases.add(Arguments.of(codec, WriterVersion.PARQUET_1_0, false));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} dictionary={2}")
    @MethodSource("codecsAndPageVersions")
    void rowsOfSeveralRowGroupsComeBackInFileOrder(CompressionCodecName codec, WriterVersion version,
            boolean dictionary) throws IOException {
        List<Integer> numbers = IntStream.range(0, 25).boxed().toList();
        byte[] file = TestParquetFiles.write("message row { required int32 n; optional binary s (STRING); }",
                TestParquetFiles.Options.defaults().codec(codec).version(version).dictionary(dictionary).rowsPerGroup(10),
                numbers, (n, g) -> {
                    g.append("n", n);
                    if (n % 3 != 0) {
                        g.append("s", "v" + (n % 4));
                    }
                });
        assertThat(rowGroups(file)).isEqualTo(3);

        List<Object> rows = ParquetDecoder.decode(file);

        assertThat(rows).hasSize(25);
        for (int n = 0; n < 25; n++) {
            assertThat(rows.get(n)).isEqualTo(mapOf("n", n, "s", n % 3 != 0 ? "v" + (n % 4) : null));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"snappy", "gzip", "zstd", "lz4-raw"})
    void filesCompressedByHadoopsCodecsDecode(String codec) throws IOException {
        byte[] file;
        String name = "/parquet/hadoop-codec-" + codec + ".parquet";
        try (InputStream in = ParquetDecoderTest.class.getResourceAsStream(name)) {
            file = in.readAllBytes();
        }

        assertThat(ParquetDecoder.decode(file))
                .containsExactly(mapOf("a", 0, "s", "x0"), mapOf("a", 1, "s", null), mapOf("a", 2, "s", "x2"));
    }

    @Test
    void aFileWithoutRowsIsAnEmptyArray() {
        byte[] file = TestParquetFiles.write("message row { required int32 n; }", TestParquetFiles.Options.defaults(),
                List.<Integer>of(), (n, g) -> { });

        assertThat(ParquetDecoder.decode(file)).isEmpty();
    }

    @Test
    void contentThatIsNotParquetFailsWithParquetGoTexts() {
        assertThatThrownBy(() -> ParquetDecoder.decode("hello world".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("parquet read panic: invalid magic header of parquet file: \"hell\"");
        assertThatThrownBy(() -> ParquetDecoder.decode(new byte[0]))
                .hasMessage("parquet read panic: reading magic header of parquet file: EOF");
        assertThatThrownBy(() -> ParquetDecoder.decode("PAR".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("parquet read panic: reading magic header of parquet file: EOF");
        assertThatThrownBy(() -> ParquetDecoder.decode("PAR1".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("parquet read panic: reading magic footer of parquet file: bytes.Reader.ReadAt: negative offset");
        assertThatThrownBy(() -> ParquetDecoder.decode(new byte[] {'\u0000', 1, 2, 3, 4, 5, 6, 7, 8}))
                .hasMessage("parquet read panic: invalid magic header of parquet file: \"\\x00\\x01\\x02\\x03\"");
    }

    @Test
    void truncatedOrCorruptFilesFailWithTheReason() {
        byte[] file = TestParquetFiles.write("message row { required int32 n; }", TestParquetFiles.Options.defaults(),
                List.of(1, 2, 3), (n, g) -> g.append("n", n));

        byte[] truncated = Arrays.copyOf(file, file.length - 10);
        assertThatThrownBy(() -> ParquetDecoder.decode(truncated))
                .hasMessageStartingWith("parquet read panic: invalid magic footer of parquet file: \"");

        byte[] badFooterLength = file.clone();
        ByteBuffer.wrap(badFooterLength).order(ByteOrder.LITTLE_ENDIAN).putInt(file.length - 8, 1 << 30);
        assertThatThrownBy(() -> ParquetDecoder.decode(badFooterLength))
                .hasMessageStartingWith("parquet read panic: reading parquet file metadata: ");

        byte[] garbledFooter = file.clone();
        int footerLength = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).getInt(file.length - 8);
        Arrays.fill(garbledFooter, file.length - 8 - footerLength, file.length - 8, (byte) 0xFF);
        assertThatThrownBy(() -> ParquetDecoder.decode(garbledFooter))
                .hasMessageStartingWith("parquet read panic: reading parquet file metadata: ");
    }

    @Test
    void corruptPagesFailWhileReadingRows() {
        byte[] file = TestParquetFiles.write("message row { required binary s (STRING); }",
                TestParquetFiles.Options.defaults().codec(CompressionCodecName.SNAPPY).dictionary(false),
                IntStream.range(0, 50).boxed().toList(), (n, g) -> g.append("s", "value number " + n));
        byte[] corrupt = file.clone();
        // the first page starts after the 4-byte magic: garble its compressed body, keep header and footer
        Arrays.fill(corrupt, 40, 120, (byte) 0x7F);

        assertThatThrownBy(() -> ParquetDecoder.decode(corrupt)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("reading parquet rows: ");
    }

    @Test
    void invalidJsonInAJsonColumnNamesTheField() {
        byte[] file = TestParquetFiles.write("message row { required group g { required binary j (JSON); } }",
                TestParquetFiles.Options.defaults(), List.of(1), (n, g) -> g.addGroup("g").append("j", "{nope"));

        assertThatThrownBy(() -> ParquetDecoder.decode(file))
                .hasMessage("g → j → invalid character 'n' looking for beginning of object key string");
    }

    @Test
    void unsupportedCodecsSaySo() {
        assertThatThrownBy(() -> PageCodecs.INSTANCE.getDecompressor(CompressionCodecName.BROTLI))
                .hasMessage("unsupported parquet compression codec: BROTLI");
    }

    private static int rowGroups(byte[] file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(new InMemoryInputFile(file),
                CamelBenthosReadOptions.create(PageCodecs.INSTANCE))) {
            return reader.getRowGroups().size();
        }
    }

    @SuppressWarnings("unchecked") // the decoder's rows are objects with String keys
    private static Map<String, Object> asMap(Object row) {
        assertThat(row).isInstanceOf(Map.class);
        return (Map<String, Object>) row;
    }

    /** A map that may hold null values (Map.of may not). */
    private static Map<String, Object> mapOf(Object... keysAndValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static final class HexFormatBytes {
        static byte[] of(String hex) {
            return java.util.HexFormat.of().parseHex(hex);
        }
    }
}
