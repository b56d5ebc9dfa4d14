package io.camelbenthos.bloblang.plugin;

import io.camelbenthos.bloblang.value.ValueType;

/**
 * One declared parameter of a function or method (Go {@code query.ParamDefinition}). Declaration order is the order of
 * positional arguments.
 *
 * @param name           snake_case name, used for named arguments
 * @param type           the value type; arguments are coerced to it before {@code bind} (integer → Long,
 *                       float/number → Double, string → String (bytes accepted), bool → Boolean, timestamp →
 *                       ZonedDateTime, query expression → {@link Query})
 * @param description    documentation
 * @param isOptional     may be omitted; then the getter returns null (unless there is a default)
 * @param hasDefault     whether {@code defaultValue} applies when omitted
 * @param defaultValue   the default, a value of the model
 * @param scalarsAllowed for query parameters: a literal is accepted and wrapped as a constant query
 * @param noDynamic      the argument must be a literal (parse error otherwise)
 */
public record ParamSpec(String name, ValueType type, String description, boolean isOptional, boolean hasDefault,
        Object defaultValue, boolean scalarsAllowed, boolean noDynamic) {

    public static ParamSpec of(String name, ValueType type, String description) {
        return new ParamSpec(name, type, description, false, false, null, false, false);
    }

    public static ParamSpec string(String name, String description) {
        return of(name, ValueType.STRING, description);
    }

    public static ParamSpec int64(String name, String description) {
        return of(name, ValueType.INTEGER, description);
    }

    public static ParamSpec float64(String name, String description) {
        return of(name, ValueType.FLOAT, description);
    }

    public static ParamSpec number(String name, String description) {
        return of(name, ValueType.NUMBER, description);
    }

    public static ParamSpec bool(String name, String description) {
        return of(name, ValueType.BOOL, description);
    }

    public static ParamSpec timestamp(String name, String description) {
        return of(name, ValueType.TIMESTAMP, description);
    }

    public static ParamSpec array(String name, String description) {
        return of(name, ValueType.ARRAY, description);
    }

    public static ParamSpec object(String name, String description) {
        return of(name, ValueType.OBJECT, description);
    }

    /** Any value (Go {@code ParamAny}). */
    public static ParamSpec any(String name, String description) {
        return of(name, ValueType.UNKNOWN, description);
    }

    /**
     * A lazily evaluated expression (Go {@code ParamQuery}); with {@code scalarsAllowed} a literal is accepted and
     * becomes a constant query.
     */
    public static ParamSpec query(String name, String description, boolean scalarsAllowed) {
        return new ParamSpec(name, ValueType.QUERY, description, false, false, null, scalarsAllowed, false);
    }

    public ParamSpec optional() {
        return new ParamSpec(name, type, description, true, hasDefault, defaultValue, scalarsAllowed, noDynamic);
    }

    /** A default makes the parameter implicitly optional. */
    public ParamSpec withDefault(Object value) {
        return new ParamSpec(name, type, description, isOptional, true, value, scalarsAllowed, noDynamic);
    }

    public ParamSpec disableDynamic() {
        return new ParamSpec(name, type, description, isOptional, hasDefault, defaultValue, scalarsAllowed, true);
    }
}
