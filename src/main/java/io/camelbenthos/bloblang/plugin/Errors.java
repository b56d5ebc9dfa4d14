package io.camelbenthos.bloblang.plugin;

import io.camelbenthos.bloblang.value.ValueType;

/** Factories for the standard evaluation errors, with Benthos's exact texts. */
public final class Errors {
    private Errors() {
    }

    /** {@code expected <types> value, got <type> (<v>)}; the engine adds {@code from <annotation>}. */
    public static TypeError typeError(Object value, ValueType... expected) {
        return TypeError.of("", value, expected);
    }

    /** A type error that already names where the value came from. */
    public static TypeError typeErrorFrom(String annotation, Object value, ValueType... expected) {
        return TypeError.of(annotation, value, expected);
    }

    /** A plain failure; leaving a method it becomes {@code <target annotation>: <message>}. */
    public static QueryException failure(String message) {
        return new QueryException(message);
    }

    /** A plain failure with {@link String#format} arguments. */
    public static QueryException failure(String format, Object... args) {
        return new QueryException(String.format(format, args));
    }

    /**
     * A binary-operator mismatch: {@code cannot <op> types <l> (from <la>) and <r> (from <ra>)}. It is never prefixed
     * with another annotation.
     */
    public static QueryException mismatch(String operation, String leftAnnotation, Object left, String rightAnnotation,
            Object right) {
        return new QueryException("cannot " + operation + " types " + ValueType.of(left).text() + " (from "
                + leftAnnotation + ") and " + ValueType.of(right).text() + " (from " + rightAnnotation + ")", true);
    }
}
