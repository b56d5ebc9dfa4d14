package io.camelbenthos.bloblang.formats.parquet;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.zip.GZIPOutputStream;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.xerial.snappy.Snappy;

/**
 * Writes real Parquet files in memory for the tests, with parquet-java's own writer (example Group API) and, like the
 * reader, without Hadoop: compression comes from {@link Compressors}.
 */
public final class TestParquetFiles {
    private TestParquetFiles() {
    }

    /** Options for one file. */
    public record Options(CompressionCodecName codec, int rowsPerGroup, WriterVersion version, boolean dictionary) {
        public static Options defaults() {
            return new Options(CompressionCodecName.UNCOMPRESSED, Integer.MAX_VALUE, WriterVersion.PARQUET_1_0, true);
        }

        public Options codec(CompressionCodecName c) {
            return new Options(c, rowsPerGroup, version, dictionary);
        }

        public Options rowsPerGroup(int n) {
            return new Options(codec, n, version, dictionary);
        }

        public Options version(WriterVersion v) {
            return new Options(codec, rowsPerGroup, v, dictionary);
        }

        public Options dictionary(boolean on) {
            return new Options(codec, rowsPerGroup, version, on);
        }
    }

    /** A file with {@code schema} (Parquet's text schema syntax) and one row per {@code rows} element. */
    public static <T> byte[] write(String schema, Options options, List<T> rows, BiConsumer<T, Group> fill) {
        MessageType type = MessageTypeParser.parseMessageType(schema);
        MemoryOutputFile out = new MemoryOutputFile();
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(out)
                .withConf(new PlainParquetConfiguration())
                .withType(type)
                .withCodecFactory(Compressors.INSTANCE)
                .withCompressionCodec(options.codec())
                .withRowGroupRowCountLimit(options.rowsPerGroup())
                .withWriterVersion(options.version())
                .withDictionaryEncoding(options.dictionary())
                .build()) {
            SimpleGroupFactory groups = new SimpleGroupFactory(type);
            for (T row : rows) {
                Group g = groups.newGroup();
                fill.accept(row, g);
                writer.write(g);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.bytes.toByteArray();
    }

    private static final class MemoryOutputFile implements OutputFile {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public PositionOutputStream create(long blockSizeHint) {
            return stream();
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            return stream();
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }

        private PositionOutputStream stream() {
            return new PositionOutputStream() {
                @Override
                public long getPos() {
                    return bytes.size();
                }

                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }
            };
        }
    }

    /** Page compression for the writer, each codec as the Parquet spec defines it. */
    static final class Compressors implements CompressionCodecFactory {
        static final Compressors INSTANCE = new Compressors();
        private static final LZ4Compressor LZ4 = LZ4Factory.fastestInstance().fastCompressor();

        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            return new BytesInputCompressor() {
                @Override
                public BytesInput compress(BytesInput bytes) throws IOException {
                    return BytesInput.from(compressBytes(codec, bytes.toInputStream().readAllBytes()));
                }

                @Override
                public CompressionCodecName getCodecName() {
                    return codec;
                }

                @Override
                public void release() {
                    // nothing pooled
                }
            };
        }

        private static byte[] compressBytes(CompressionCodecName codec, byte[] in) throws IOException {
            return switch (codec) {
                case UNCOMPRESSED -> in;
                case SNAPPY -> Snappy.compress(in);
                case GZIP -> gzip(in);
                case ZSTD -> Zstd.compress(in);
                case LZ4_RAW -> LZ4.compress(in);
                case LZ4 -> hadoopLz4(in);
                default -> throw new UnsupportedOperationException(codec.name());
            };
        }

        private static byte[] gzip(byte[] in) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(in);
            }
            return out.toByteArray();
        }

        /** Hadoop's Lz4Codec framing: one block, {@code [raw length][compressed length][LZ4 block]}, big-endian. */
        private static byte[] hadoopLz4(byte[] in) {
            byte[] block = LZ4.compress(in);
            return ByteBuffer.allocate(8 + block.length).putInt(in.length).putInt(block.length).put(block).array();
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            return PageCodecs.INSTANCE.getDecompressor(codec);
        }

        @Override
        public void release() {
            // nothing pooled
        }
    }
}
