package io.camelbenthos.bloblang.formats.parquet;

import java.util.function.Consumer;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.Type;

/** Picks the converter for one schema node, in the order parquet-go's {@code reconstructFuncOf} does. */
final class ValueConverters {
    private ValueConverters() {
    }

    /**
     * A converter that hands each value of {@code node} to {@code out}. The node's own repetition is the caller's
     * business: {@link ObjectConverter} makes an absent optional field null and collects a repeated one in an array.
     */
    static Converter forValue(Type node, Consumer<Object> out, String errorPath) {
        if (node.isPrimitive()) {
            return new LeafConverter(node.asPrimitiveType(), out, errorPath);
        }
        GroupType group = node.asGroupType();
        // A repeated node is an array of plain groups, as in Go where Repeated is checked before LIST and MAP.
        if (!node.isRepetition(Type.Repetition.REPEATED)) {
            LogicalTypeAnnotation logical = group.getLogicalTypeAnnotation();
            if (logical instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation && group.getFieldCount() == 1) {
                return new ListConverter(group, out, errorPath);
            }
            if ((logical instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation
                    || logical instanceof LogicalTypeAnnotation.MapKeyValueTypeAnnotation)
                    && group.getFieldCount() == 1 && !group.getType(0).isPrimitive()) {
                return new MapConverter(group, out, errorPath);
            }
        }
        return new ObjectConverter(group, out, errorPath);
    }
}
