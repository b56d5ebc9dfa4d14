package io.camelbenthos.components.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.io.ByteArrayInputStream;
import org.apache.camel.Exchange;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code compress} and {@code decompress}, rules from the processors reference §14. */
class CompressProcessorTest {

    private static String config(String processors) {
        return """
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                %s
                output:
                  test_sink: {name: out}
                """.formatted(processors.indent(4).stripTrailing());
    }

    private static Exchange send(StreamHarness h, byte[] body) {
        return h.camel().createProducerTemplate().send("direct:test.in", e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeader("kept", "yes");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"flate", "gzip", "lz4", "pgzip", "snappy", "zlib"})
    void everyAlgorithmRoundTripsAndKeepsTheMetadata(String algorithm) throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - compress: {algorithm: %s, level: 9}
                - mapping: 'meta compressed_size = content().length()'
                - decompress: {algorithm: %s}
                """.formatted(algorithm, algorithm)))) {
            String text = "hello world ".repeat(50);
            Exchange e = send(h, text.getBytes(StandardCharsets.UTF_8));
            assertThat(BenthosExchange.error(e)).isNull();
            assertThat(StreamHarness.body(e)).isEqualTo(text);
            assertThat(StreamHarness.metadata(e).get("kept")).isEqualTo("yes");
            assertThat(((Number) StreamHarness.metadata(e).get("compressed_size")).longValue()).isLessThan(text.length());
        }
    }

    @Test
    void gzipOutputIsAGzipStream() throws Exception {
        try (StreamHarness h = new StreamHarness(config("- compress: {algorithm: gzip}"))) {
            Exchange e = send(h, "payload".getBytes(StandardCharsets.UTF_8));
            byte[] zipped = e.getMessage().getBody(byte[].class);
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("payload");
            }
        }
    }

    @Test
    void bzip2IsDecompressOnly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BZip2CompressorOutputStream z = new BZip2CompressorOutputStream(out)) {
            z.write("bz".getBytes(StandardCharsets.UTF_8));
        }
        try (StreamHarness h = new StreamHarness(config("- decompress: {algorithm: bzip2}"))) {
            assertThat(StreamHarness.body(send(h, out.toByteArray()))).isEqualTo("bz");
        }
        assertThatThrownBy(() -> new StreamHarness(config("- compress: {algorithm: bzip2}")))
                .hasMessageContaining("value bzip2 is not a valid option for this field");
    }

    @Test
    void zstdIsNotAProcessorAlgorithm() {
        assertThatThrownBy(() -> new StreamHarness(config("- decompress: {algorithm: zstd}")))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void contentThatDoesNotDecompressIsFlaggedAndKept() throws Exception {
        try (StreamHarness h = new StreamHarness(config("- decompress: {algorithm: gzip}"))) {
            Exchange e = send(h, "not gzip".getBytes(StandardCharsets.UTF_8));
            assertThat(BenthosExchange.error(e)).isNotNull();
            assertThat(StreamHarness.body(e)).isEqualTo("not gzip");
            assertThat(TestComponents.sink("out")).hasSize(1);
        }
    }

    @Test
    void anInvalidLevelFailsPerMessageNotAtStartup() throws Exception {
        try (StreamHarness h = new StreamHarness(config("- compress: {algorithm: gzip, level: 12}"))) {
            Exchange e = send(h, "x".getBytes(StandardCharsets.UTF_8));
            assertThat(BenthosExchange.error(e).getMessage()).isEqualTo("gzip: invalid compression level: 12");
            assertThat(StreamHarness.body(e)).isEqualTo("x");
        }
    }
}
