package io.camelbenthos.bloblang.formats.parquet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.Type;

/**
 * A Parquet group (a row, or a nested group) as a Bloblang object holding every field of the schema, as parquet-go
 * reconstructs a group into {@code map[string]any}: an absent optional field is null, a repeated field without a
 * LIST annotation is an array (empty when it has no values).
 */
final class ObjectConverter extends GroupConverter {
    private final GroupType type;
    private final Consumer<Object> out;
    private final Converter[] children;
    private final boolean[] repeated;
    private final List<List<Object>> repeatedValues;
    private Map<String, Object> current;

    ObjectConverter(GroupType type, Consumer<Object> out, String errorPath) {
        this.type = type;
        this.out = out;
        int n = type.getFieldCount();
        this.children = new Converter[n];
        this.repeated = new boolean[n];
        this.repeatedValues = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Type field = type.getType(i);
            int index = i;
            repeated[i] = field.isRepetition(Type.Repetition.REPEATED);
            repeatedValues.add(null);
            Consumer<Object> slot = repeated[i]
                    ? v -> repeatedValues.get(index).add(v)
                    : v -> current.put(field.getName(), v);
            String path = errorPath.isEmpty() ? field.getName() : errorPath + " → " + field.getName();
            children[i] = ValueConverters.forValue(field, slot, path);
        }
    }

    @Override
    public Converter getConverter(int fieldIndex) {
        return children[fieldIndex];
    }

    @Override
    public void start() {
        current = new LinkedHashMap<>();
        for (int i = 0; i < children.length; i++) {
            Object initial = null;
            if (repeated[i]) {
                List<Object> values = new ArrayList<>();
                repeatedValues.set(i, values);
                initial = values;
            }
            current.put(type.getFieldName(i), initial);
        }
        out.accept(current);
    }

    @Override
    public void end() {
        // the object was handed over in start(); the children filled it in place
    }
}
