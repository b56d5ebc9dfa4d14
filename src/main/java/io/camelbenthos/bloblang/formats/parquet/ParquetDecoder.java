package io.camelbenthos.bloblang.formats.parquet;

import io.camelbenthos.bloblang.formats.FormatException;
import io.camelbenthos.bloblang.go.GoStrconv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.CamelBenthosReadOptions;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/**
 * Decodes a whole Parquet file held in memory into Bloblang values: an array with one object per row, in file order
 * (row groups one after another), as Redpanda Connect's {@code parse_parquet} does with parquet-go's
 * {@code GenericReader[any]}. Uses parquet-java without Hadoop (see {@link CamelBenthosReadOptions},
 * {@link PageCodecs}).
 */
public final class ParquetDecoder {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final ParquetReadOptions OPTIONS = CamelBenthosReadOptions.create(PageCodecs.INSTANCE);

    private ParquetDecoder() {
    }

    /**
     * The rows of {@code file}.
     *
     * @throws FormatException with parquet-go's texts for a file that is not Parquet ({@code parquet read panic:
     *     invalid magic header of parquet file: "..."}), else the reader's reason
     */
    public static List<Object> decode(byte[] file) {
        checkMagic(file);
        try (ParquetFileReader reader = open(file)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            MessageColumnIO columns = new ColumnIOFactory().getColumnIO(schema);
            // one converter tree for the file: its converters reset their state at the start of every record
            RowMaterializer materializer = new RowMaterializer(schema);
            List<Object> rows = new ArrayList<>();
            PageReadStore rowGroup;
            while ((rowGroup = reader.readNextRowGroup()) != null) {
                RecordReader<Object> records = columns.getRecordReader(rowGroup, materializer);
                for (long i = 0, n = rowGroup.getRowCount(); i < n; i++) {
                    rows.add(records.read());
                }
            }
            return rows;
        } catch (FormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new FormatException("reading parquet rows: " + reason(e), e);
        }
    }

    private static ParquetFileReader open(byte[] file) {
        try {
            return ParquetFileReader.open(new InMemoryInputFile(file), OPTIONS);
        } catch (IOException | RuntimeException e) {
            // parquet-go's reader panics on an unreadable footer and Connect reports the recovered panic.
            throw new FormatException("parquet read panic: reading parquet file metadata: " + reason(e), e);
        }
    }

    /**
     * parquet-go's first checks, with its texts (Go reads the file through a {@code bytes.Reader}), so that the
     * common mistake, content that is not Parquet at all, says so the way Connect does.
     */
    private static void checkMagic(byte[] file) {
        if (file.length < MAGIC.length) {
            throw panic("reading magic header of parquet file: EOF");
        }
        if (!Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw panic("invalid magic header of parquet file: " + GoStrconv.quote(Arrays.copyOf(file, 4)));
        }
        if (file.length < 8) {
            throw panic("reading magic footer of parquet file: bytes.Reader.ReadAt: negative offset");
        }
        if (!Arrays.equals(file, file.length - 4, file.length, MAGIC, 0, MAGIC.length)) {
            throw panic("invalid magic footer of parquet file: "
                    + GoStrconv.quote(Arrays.copyOfRange(file, file.length - 4, file.length)));
        }
    }

    private static FormatException panic(String reason) {
        return new FormatException("parquet read panic: " + reason);
    }

    private static String reason(Throwable e) {
        // parquet-java wraps the cause that names the problem; report the innermost message.
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message != null ? message : t.getClass().getSimpleName();
    }
}
