package io.camelbenthos.bloblang.methods.encoding;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdInputStream;
import io.camelbenthos.bloblang.plugin.Errors;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import net.jpountz.lz4.LZ4FrameInputStream;
import net.jpountz.lz4.LZ4FrameOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.xerial.snappy.Snappy;

/**
 * The algorithms of Benthos's {@code compress}/{@code decompress}: flate (raw deflate), gzip and pgzip (the same
 * format), zlib, lz4 (frame format), snappy (block format, as Go's {@code snappy.Encode}), zstd, and bzip2 for
 * decompression only. Compressed bytes differ from Go's encoders (different block choices and header fields) but
 * every format round-trips with Go. Public for the {@code compress}/{@code decompress} processors, which use the same
 * codecs.
 */
public final class Codecs {
    /** Compresses with one algorithm. */
    @FunctionalInterface
    public interface Compressor {
        byte[] compress(int level, byte[] data) throws IOException;
    }

    /** Decompresses with one algorithm. */
    @FunctionalInterface
    public interface Decompressor {
        byte[] decompress(byte[] data) throws IOException;
    }

    private Codecs() {
    }

    /** @throws io.camelbenthos.bloblang.plugin.QueryException "compression type not recognised: <a>" */
    public static Compressor compressor(String algorithm) {
        return switch (algorithm) {
            case "flate" -> (level, data) -> deflate(level, data, true);
            case "gzip", "pgzip" -> (level, data) -> gzip(level, data);
            case "zlib" -> (level, data) -> deflate(level, data, false);
            case "lz4" -> (level, data) -> write(data, LZ4FrameOutputStream::new);
            case "snappy" -> (level, data) -> Snappy.compress(data);
            case "zstd" -> (level, data) -> Zstd.compress(data, zstdLevel(level));
            default -> throw Errors.failure("compression type not recognised: " + algorithm);
        };
    }

    /** @throws io.camelbenthos.bloblang.plugin.QueryException "compression type not recognised: <a>" */
    public static Decompressor decompressor(String algorithm) {
        return switch (algorithm) {
            case "flate" -> data -> read(new InflaterInputStream(new ByteArrayInputStream(data), new Inflater(true)));
            case "gzip", "pgzip" -> data -> read(new GZIPInputStream(new ByteArrayInputStream(data)));
            case "zlib" -> data -> read(new InflaterInputStream(new ByteArrayInputStream(data)));
            // Go's lz4 reader reports io.EOF for empty input, which io.ReadAll treats as an empty result.
            case "lz4" -> data -> data.length == 0 ? data : read(new LZ4FrameInputStream(new ByteArrayInputStream(data)));
            case "snappy" -> Snappy::uncompress;
            case "zstd" -> data -> read(new ZstdInputStream(new ByteArrayInputStream(data)));
            case "bzip2" -> data -> read(new BZip2CompressorInputStream(new ByteArrayInputStream(data)));
            // Go looks every name up in one algorithm table first, hence "compression" for an unknown name.
            default -> throw Errors.failure("compression type not recognised: " + algorithm);
        };
    }

    /** Go's flate levels: -2 Huffman only, -1 default, 0..9. */
    private static Deflater deflater(int level, boolean raw) {
        if (level < -2 || level > 9) {
            throw Errors.failure("flate: invalid compression level " + level + ": want value in range [-2, 9]");
        }
        Deflater d = new Deflater(level == -2 ? Deflater.DEFAULT_COMPRESSION : level, raw);
        if (level == -2) {
            d.setStrategy(Deflater.HUFFMAN_ONLY);
        }
        return d;
    }

    private static byte[] deflate(int level, byte[] data, boolean raw) throws IOException {
        Deflater d = deflater(level, raw);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 16);
            try (DeflaterOutputStream z = new DeflaterOutputStream(out, d)) {
                z.write(data);
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    private static byte[] gzip(int level, byte[] data) throws IOException {
        if (level < -2 || level > 9) {
            throw Errors.failure("gzip: invalid compression level: " + level);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 32);
        try (GZIPOutputStream z = new LeveledGzip(out, level)) {
            z.write(data);
        }
        return out.toByteArray();
    }

    /** GZIPOutputStream with a chosen level (its deflater is protected). */
    private static final class LeveledGzip extends GZIPOutputStream {
        LeveledGzip(OutputStream out, int level) throws IOException {
            super(out);
            if (level == -2) {
                def.setStrategy(Deflater.HUFFMAN_ONLY);
            } else {
                def.setLevel(level);
            }
        }
    }

    /** Go's zstd encoder maps -1 to its default; zstd-jni uses 3 for the default. */
    private static int zstdLevel(int level) {
        return level < 0 ? 3 : level;
    }

    @FunctionalInterface
    private interface StreamFactory {
        OutputStream open(OutputStream out) throws IOException;
    }

    private static byte[] write(byte[] data, StreamFactory factory) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 32);
        try (OutputStream z = factory.open(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] read(InputStream in) throws IOException {
        try (InputStream z = in) {
            return z.readAllBytes();
        }
    }
}
