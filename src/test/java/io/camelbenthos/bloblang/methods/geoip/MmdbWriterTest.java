package io.camelbenthos.bloblang.methods.geoip;

import static org.assertj.core.api.Assertions.assertThat;

import com.maxmind.db.DatabaseRecord;
import com.maxmind.db.Networks;
import com.maxmind.db.Reader;
import io.camelbenthos.bloblang.methods.geoip.MmdbWriter.Int32;
import io.camelbenthos.bloblang.methods.geoip.MmdbWriter.Uint16;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test database writer, checked against MaxMind's own reader (which validates what it decodes). */
class MmdbWriterTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "IPv{0} tree, {1}-bit records")
    @CsvSource({"4, 24", "4, 28", "4, 32", "6, 24", "6, 28", "6, 32"})
    void officialReaderReadsEveryTypeBack(int ipVersion, int recordSize) throws Exception {
        Map<String, Object> all = Map.ofEntries(
                Map.entry("string", "Zürich"),
                Map.entry("long_string", "x".repeat(70_000)),
                Map.entry("double", 51.5142),
                Map.entry("float", 1.5f),
                Map.entry("bytes", new byte[] {1, 2, 3}),
                Map.entry("uint16", new Uint16(65535)),
                Map.entry("uint32", (int) 4294967295L),
                Map.entry("uint64", Long.parseUnsignedLong("18446744073709551615")),
                Map.entry("uint128", BigInteger.ONE.shiftLeft(127)),
                Map.entry("int32", new Int32(-7)),
                Map.entry("zero", 0),
                Map.entry("array", List.of("Zürich", "Zürich", true)),
                Map.entry("bool", false),
                Map.entry("map", Map.of("en", "Zürich", "de", "Zürich")));
        MmdbWriter writer = new MmdbWriter("Test-Types", ipVersion, recordSize)
                .insert("81.2.69.0/24", all)
                .insert("81.2.69.160/27", Map.of("narrower", true))
                .insert("10.0.0.0/8", Map.of("map", Map.of("en", "Zürich", "de", "Zürich")));
        if (ipVersion == 6) {
            writer.insert("2001:db8::/32", Map.of("v6", true));
        }
        Path file = writer.write(dir.resolve("types.mmdb"));

        try (Reader reader = new Reader(file.toFile())) {
            assertThat(reader.getMetadata().databaseType()).isEqualTo("Test-Types");
            assertThat(reader.getMetadata().ipVersion()).isEqualTo(ipVersion);
            assertThat(reader.getMetadata().recordSize()).isEqualTo(recordSize);
            assertThat(reader.getMetadata().languages()).containsExactly("en");

            Map<?, ?> record = reader.get(InetAddress.getByName("81.2.69.1"), Map.class);
            assertThat(record.get("string")).isEqualTo("Zürich");
            assertThat(record.get("long_string")).isEqualTo("x".repeat(70_000));
            assertThat(record.get("double")).isEqualTo(51.5142);
            assertThat(record.get("float")).isEqualTo(1.5f);
            assertThat((byte[]) record.get("bytes")).containsExactly(1, 2, 3);
            assertThat(((Number) record.get("uint16")).longValue()).isEqualTo(65535);
            assertThat(((Number) record.get("uint32")).longValue()).isEqualTo(4294967295L);
            assertThat(record.get("uint64")).isEqualTo(new BigInteger("18446744073709551615"));
            assertThat(record.get("uint128")).isEqualTo(BigInteger.ONE.shiftLeft(127));
            assertThat(((Number) record.get("int32")).intValue()).isEqualTo(-7);
            assertThat(((Number) record.get("zero")).intValue()).isZero();
            assertThat(record.get("array")).isEqualTo(List.of("Zürich", "Zürich", true));
            assertThat(record.get("bool")).isEqualTo(false);
            assertThat(record.get("map")).isEqualTo(Map.of("en", "Zürich", "de", "Zürich"));

            assertThat(reader.get(InetAddress.getByName("81.2.69.170"), Object.class)).isEqualTo(Map.of("narrower", true));
            assertThat(reader.get(InetAddress.getByName("10.200.1.1"), Object.class))
                    .isEqualTo(Map.of("map", Map.of("en", "Zürich", "de", "Zürich")));
            assertThat(reader.get(InetAddress.getByName("81.2.70.1"), Object.class)).isNull();
            if (ipVersion == 6) {
                assertThat(reader.get(InetAddress.getByName("2001:db8::1"), Object.class)).isEqualTo(Map.of("v6", true));
                assertThat(reader.get(InetAddress.getByName("2001:db9::1"), Object.class)).isNull();
            }

            // Walking the whole tree finds exactly the networks written, split around the narrower one
            List<String> networks = new ArrayList<>();
            Networks<Object> it = reader.networks(Object.class);
            while (it.hasNext()) {
                DatabaseRecord<Object> r = it.next();
                networks.add(r.network().toString());
            }
            assertThat(networks).contains("81.2.69.160/27", "81.2.69.0/25", "10.0.0.0/8");
        }
    }
}
