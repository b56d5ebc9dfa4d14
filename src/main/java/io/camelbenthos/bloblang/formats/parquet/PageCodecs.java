package io.camelbenthos.bloblang.formats.parquet;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.GZIPInputStream;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Page decompression for parquet-java without Hadoop: parquet-hadoop's own codec factory is built on Hadoop's
 * {@code CompressionCodec}s, so this one uses the codec libraries camel-benthos already ships (snappy-java, zstd-jni,
 * lz4-java) and {@code java.util.zip}. Read only: {@code parse_parquet} never writes Parquet.
 *
 * <p>Supported: UNCOMPRESSED, SNAPPY, GZIP, ZSTD, LZ4_RAW and the deprecated Hadoop-framed LZ4 (with the raw-block
 * fallback the Parquet spec asks readers to try). BROTLI and LZO fail with a clear error; Go's parquet-go has BROTLI,
 * but no well-kept pure-Java Brotli decoder is among our dependencies.
 */
public final class PageCodecs implements CompressionCodecFactory {
    /** Stateless, so one instance serves every reader. */
    public static final PageCodecs INSTANCE = new PageCodecs();

    private static final LZ4SafeDecompressor LZ4 = LZ4Factory.fastestInstance().safeDecompressor();

    private PageCodecs() {
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return switch (codec) {
            case UNCOMPRESSED -> new Decompressor((in, size) -> in);
            case SNAPPY -> new Decompressor((in, size) -> Snappy.uncompress(in));
            case GZIP -> new Decompressor(PageCodecs::gunzip);
            case ZSTD -> new Decompressor((in, size) -> Zstd.decompress(in, size));
            case LZ4_RAW -> new Decompressor(PageCodecs::lz4Raw);
            case LZ4 -> new Decompressor(PageCodecs::lz4HadoopFramed);
            default -> throw new UnsupportedOperationException("unsupported parquet compression codec: " + codec);
        };
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        throw new UnsupportedOperationException("parse_parquet only reads Parquet");
    }

    @Override
    public void release() {
        // nothing pooled
    }

    private static byte[] gunzip(byte[] in, int size) throws IOException {
        try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(in))) {
            return readExactly(gz, size);
        }
    }

    private static byte[] lz4Raw(byte[] in, int size) {
        byte[] out = new byte[size];
        int n = LZ4.decompress(in, 0, in.length, out, 0);
        if (n != size) {
            throw new LZ4Exception("LZ4_RAW page decompressed to " + n + " bytes, expected " + size);
        }
        return out;
    }

    /**
     * Hadoop's {@code Lz4Codec} frames: blocks of {@code [uncompressed length][compressed length][LZ4 block]} with
     * big-endian 32-bit lengths. Some writers put a bare LZ4 block instead; the Parquet spec says to fall back to it.
     */
    private static byte[] lz4HadoopFramed(byte[] in, int size) {
        try {
            return lz4Frames(in, size);
        } catch (LZ4Exception | IndexOutOfBoundsException e) {
            return lz4Raw(in, size);
        }
    }

    private static byte[] lz4Frames(byte[] in, int size) {
        ByteBuffer src = ByteBuffer.wrap(in).order(ByteOrder.BIG_ENDIAN);
        byte[] out = new byte[size];
        int written = 0;
        while (src.hasRemaining()) {
            int blockSize = src.getInt();
            int end = written + blockSize;
            while (written < end) {
                int compressed = src.getInt();
                written += LZ4.decompress(in, src.position(), compressed, out, written, end - written);
                src.position(src.position() + compressed);
            }
        }
        if (written != size) {
            throw new LZ4Exception("LZ4 page decompressed to " + written + " bytes, expected " + size);
        }
        return out;
    }

    private static byte[] readExactly(InputStream in, int size) throws IOException {
        byte[] out = in.readNBytes(size);
        if (out.length != size) {
            throw new IOException("page decompressed to " + out.length + " bytes, expected " + size);
        }
        return out;
    }

    /** One codec's byte-array decompression, lifted to the two shapes parquet-java calls. */
    @FunctionalInterface
    private interface Codec {
        byte[] decompress(byte[] compressed, int uncompressedSize) throws IOException;
    }

    private record Decompressor(Codec codec) implements BytesInputDecompressor {
        @Override
        public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
            return BytesInput.from(codec.decompress(bytes.toByteArray(), uncompressedSize));
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                throws IOException {
            byte[] compressed = new byte[compressedSize];
            input.get(compressed);
            output.put(codec.decompress(compressed, uncompressedSize));
        }

        @Override
        public void release() {
            // nothing pooled
        }
    }
}
