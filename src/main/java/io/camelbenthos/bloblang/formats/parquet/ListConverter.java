package io.camelbenthos.bloblang.formats.parquet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.Type;

/**
 * A group with the LIST logical type as a Bloblang array of its elements (parquet-go's
 * {@code reconstructFuncOfList}). The standard three-level shape ({@code repeated group list { element }}) and the
 * older two-level shapes are both read, following the Parquet spec's backward-compatibility rules.
 *
 * <p>A null element (an optional {@code element} with no value) is null here. Go's parquet-go reads it through its
 * repeated element node, which drops the element's optionality, and would yield the type's zero value (0, "")
 * instead: a lossy library quirk this port does not copy.
 */
final class ListConverter extends GroupConverter {
    private final Consumer<Object> out;
    private final Converter repeatedChild;
    private List<Object> current;

    ListConverter(GroupType listType, Consumer<Object> out, String errorPath) {
        this.out = out;
        Type repeatedField = listType.getType(0);
        Consumer<Object> append = v -> current.add(v);
        if (isElementItself(listType, repeatedField)) {
            this.repeatedChild = ValueConverters.forValue(repeatedField, append, errorPath);
        } else {
            this.repeatedChild = new ElementConverter(repeatedField.asGroupType().getType(0), append, errorPath);
        }
    }

    /**
     * The Parquet spec's rules for a two-level list, where the repeated field is the element: it is a primitive, a
     * group of several fields, or named {@code array} or {@code <list>_tuple} (Avro and Thrift writers).
     */
    private static boolean isElementItself(GroupType listType, Type repeatedField) {
        return repeatedField.isPrimitive()
                || repeatedField.asGroupType().getFieldCount() != 1
                || repeatedField.getName().equals("array")
                || repeatedField.getName().equals(listType.getName() + "_tuple");
    }

    @Override
    public Converter getConverter(int fieldIndex) {
        return repeatedChild;
    }

    @Override
    public void start() {
        current = new ArrayList<>();
        out.accept(current);
    }

    @Override
    public void end() {
        // elements were appended in place
    }

    /** The three-level {@code repeated group list { element }}: one element per repetition, null when absent. */
    private static final class ElementConverter extends GroupConverter {
        private final Consumer<Object> append;
        private final Converter element;
        private Object value;

        ElementConverter(Type elementField, Consumer<Object> append, String errorPath) {
            this.append = append;
            this.element = ValueConverters.forValue(elementField, v -> value = v, errorPath);
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return element;
        }

        @Override
        public void start() {
            value = null;
        }

        @Override
        public void end() {
            append.accept(value);
        }
    }
}
