package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.value.ValueType;

/** A constant (Go {@code query.Literal}); also the result of folding constant sub-expressions. */
public final class Literal extends Node {
    private final Object value;
    private final String annotation;

    public Literal(Object value, String annotation) {
        this.value = value;
        this.annotation = annotation == null || annotation.isEmpty() ? defaultAnnotation(value) : annotation;
    }

    /** Go {@code NewLiteralFunction("", v)}: {@code <type> literal}. */
    static String defaultAnnotation(Object v) {
        return ValueType.of(v).text() + " literal";
    }

    @Override
    public Object exec(ExecContext ctx) {
        return value;
    }

    @Override
    public boolean isLiteral() {
        return true;
    }

    @Override
    public Object literalValue() {
        return value;
    }

    @Override
    public String annotation() {
        return annotation;
    }
}
