package org.apache.parquet;

import java.util.HashMap;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;

/**
 * Builds {@link ParquetReadOptions} without touching Hadoop, for camel-benthos's {@code parse_parquet}.
 *
 * <p>WHY this class lives in parquet-java's package: the only public way to make read options,
 * {@code ParquetReadOptions.builder(...)}, first creates parquet-hadoop's default {@code CodecFactory}, whose class
 * cannot even be linked without Hadoop on the classpath ({@code ZlibCompressor$CompressionLevel}). The constructor
 * taking a codec factory is package-private. Everything else on the read path ({@code ParquetFileReader} over an
 * {@code InputFile}) is Hadoop-free. A compile error here after a parquet-java upgrade means that constructor changed.
 */
public final class CamelBenthosReadOptions {
    /** parquet-java's default {@code parquet.read.allocation.size}. */
    private static final int MAX_ALLOCATION_SIZE = 8 * 1024 * 1024;

    private CamelBenthosReadOptions() {
    }

    /**
     * Options that read every row (no filters, no bloom filters, no checksum verification, as Go's parquet-go) and
     * decompress pages with {@code codecs}.
     */
    public static ParquetReadOptions create(CompressionCodecFactory codecs) {
        return new ParquetReadOptions(
                false, // useSignedStringMinMax
                false, // useStatsFilter
                false, // useDictionaryFilter
                false, // useRecordFilter
                false, // useColumnIndexFilter
                false, // usePageChecksumVerification
                false, // useBloomFilter
                false, // useOffHeapDecryptBuffer
                false, // useHadoopVectoredIo
                FilterCompat.NOOP,
                ParquetMetadataConverter.NO_FILTER,
                codecs,
                new HeapByteBufferAllocator(),
                MAX_ALLOCATION_SIZE,
                new HashMap<>(),
                null, // no decryption
                null, // no metrics callback
                new PlainParquetConfiguration());
    }
}
