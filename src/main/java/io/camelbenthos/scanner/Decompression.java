package io.camelbenthos.scanner;

import com.github.luben.zstd.ZstdInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import net.jpountz.lz4.LZ4FrameInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.xerial.snappy.SnappyFramedInputStream;

/** {@code decompress}: the stream decompressed with {@code algorithm}, then scanned by the child scanner ({@code into}). */
record Decompression(String algorithm, ScannerFactory into) implements ScannerFactory {
    static final List<String> ALGORITHMS = List.of("gzip", "pgzip", "zlib", "bzip2", "flate", "snappy", "lz4", "zstd");

    @Override
    public Scanner open(InputStream in, String sourceName) throws IOException {
        InputStream decompressed;
        try {
            decompressed = switch (algorithm) {
                case "gzip", "pgzip" -> new GZIPInputStream(in);
                case "zlib" -> new InflaterInputStream(in);
                case "flate" -> new InflaterInputStream(in, new Inflater(true));
                case "bzip2" -> new BZip2CompressorInputStream(in);
                case "snappy" -> new SnappyFramedInputStream(in);
                case "lz4" -> new LZ4FrameInputStream(in);
                case "zstd" -> new ZstdInputStream(in);
                default -> throw new IOException("decompression algorithm not recognised: " + algorithm);
            };
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return into.open(decompressed, sourceName);
    }
}
