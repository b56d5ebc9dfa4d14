package io.camelbenthos.bloblang.formats.parquet;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.formats.FormatException;
import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * One Parquet leaf column as a Bloblang value, the way Go's parquet-go assigns it to an {@code any}
 * ({@code Type.AssignValue} with an interface destination), which is what Redpanda Connect's {@code parse_parquet}
 * returns. Only the physical type matters, except JSON:
 * <ul>
 *   <li>BOOLEAN: bool. INT32 (DATE, TIME(MILLIS), INT(8/16/32) signed or not, DECIMAL): int32, so
 *       {@link Integer}; UINT_32 keeps its bits as a signed int32 as Go's {@code int32Type} does.</li>
 *   <li>INT64 (TIMESTAMP of any unit, TIME(MICROS/NANOS), INT(64), UINT_64 as signed, DECIMAL): {@link Long}.
 *       Timestamps stay numbers: parquet-go only makes a {@code time.Time} for a {@code time.Time} destination.</li>
 *   <li>INT96: Go's {@code deprecated.Int96}, three little-endian uint32 words, here a list of three numbers
 *       (what it serialises to as JSON).</li>
 *   <li>FLOAT: float32 ({@link Float}); DOUBLE: {@link Double}.</li>
 *   <li>BYTE_ARRAY (plain, STRING, ENUM, BSON, DECIMAL): a string, so {@code byte_array_as_string} has no effect;
 *       JSON: the document decoded as Go's {@code json.Unmarshal} into {@code any} (numbers are float64).</li>
 *   <li>FIXED_LEN_BYTE_ARRAY (UUID, DECIMAL, FLOAT16, INTERVAL...): bytes.</li>
 * </ul>
 */
final class LeafConverter extends PrimitiveConverter {
    private final Consumer<Object> out;
    private final boolean fixedLength;
    private final boolean int96;
    private final boolean json;
    /** Go wraps a failure in each enclosing group's field name: {@code a → b → err}. */
    private final String errorPath;

    LeafConverter(PrimitiveType type, Consumer<Object> out, String errorPath) {
        this.out = out;
        this.fixedLength = type.getPrimitiveTypeName() == PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY;
        this.int96 = type.getPrimitiveTypeName() == PrimitiveTypeName.INT96;
        this.json = type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation;
        this.errorPath = errorPath;
    }

    @Override
    public void addBoolean(boolean value) {
        out.accept(value);
    }

    @Override
    public void addInt(int value) {
        out.accept(value);
    }

    @Override
    public void addLong(long value) {
        out.accept(value);
    }

    @Override
    public void addFloat(float value) {
        out.accept(value);
    }

    @Override
    public void addDouble(double value) {
        out.accept(value);
    }

    @Override
    public void addBinary(Binary value) {
        byte[] bytes = value.getBytes();
        if (int96) {
            out.accept(int96Words(bytes));
        } else if (fixedLength) {
            // Dictionary pages hand every row the same backing array: each value gets its own copy.
            out.accept(bytes.clone());
        } else if (json) {
            out.accept(decodeJson(bytes));
        } else {
            out.accept(GoUtf8.string(bytes));
        }
    }

    private static List<Object> int96Words(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return List.of(Integer.toUnsignedLong(b.getInt(0)), Integer.toUnsignedLong(b.getInt(4)),
                Integer.toUnsignedLong(b.getInt(8)));
    }

    private Object decodeJson(byte[] bytes) {
        try {
            return GoJsonDecoder.unmarshal(bytes, false);
        } catch (BloblangException e) {
            throw new FormatException(errorPath + " → " + e.getMessage(), e);
        }
    }
}
