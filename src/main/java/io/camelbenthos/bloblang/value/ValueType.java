package io.camelbenthos.bloblang.value;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** The Bloblang value types, named exactly as Benthos prints them (in {@code .type()} and in error messages). */
public enum ValueType {
    STRING("string"),
    BYTES("bytes"),
    NUMBER("number"),
    BOOL("bool"),
    TIMESTAMP("timestamp"),
    ARRAY("array"),
    OBJECT("object"),
    NULL("null"),
    DELETE("delete"),
    NOTHING("nothing"),
    /** Parameter type only: a lazily evaluated expression (lambda). */
    QUERY("query expression"),
    /** Parameter type only: any value. */
    UNKNOWN("unknown"),
    /** Parameter type only: a number coerced to int64. */
    INTEGER("integer"),
    /** Parameter type only: a number coerced to float64. */
    FLOAT("float");

    private final String text;

    ValueType(String text) {
        this.text = text;
    }

    /** The Benthos name, e.g. {@code query expression}. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    /** The type of a value of the model (Go {@code value.ITypeOf}). */
    public static ValueType of(Object v) {
        if (v == null) {
            return NULL;
        }
        if (v instanceof String) {
            return STRING;
        }
        // final classes before the interface tests, which cost a scan of the class's interfaces when they fail
        if (v instanceof Long || v instanceof JsonNumber || v instanceof Double) {
            return NUMBER;
        }
        if (v instanceof Map) {
            return OBJECT;
        }
        if (v instanceof List) {
            return ARRAY;
        }
        if (v instanceof Integer
                || v instanceof Float || v instanceof UInt64 || v instanceof Short || v instanceof Byte) {
            return NUMBER;
        }
        if (v instanceof Boolean) {
            return BOOL;
        }
        if (v instanceof byte[]) {
            return BYTES;
        }
        if (v instanceof ZonedDateTime) {
            return TIMESTAMP;
        }
        if (v == Deleted.INSTANCE) {
            return DELETE;
        }
        if (v == Nothing.INSTANCE) {
            return NOTHING;
        }
        return UNKNOWN;
    }
}
