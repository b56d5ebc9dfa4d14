package io.camelbenthos.bloblang.go;

/**
 * Go's {@code *strconv.NumError}: a failed number conversion. {@link #getMessage()} is exactly Go's
 * {@code err.Error()}, e.g. {@code strconv.ParseInt: parsing "x": invalid syntax}, because Bloblang error texts
 * are compared byte for byte.
 */
public final class GoNumError extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Go's sentinel errors {@code strconv.ErrSyntax} / {@code strconv.ErrRange}, or another cause. */
    public enum Kind { SYNTAX, RANGE, OTHER }

    private final String function;
    private final String input;
    private final Kind kind;
    private final String cause;

    GoNumError(String function, String input, Kind kind, String cause) {
        super("strconv." + function + ": parsing " + GoStrconv.quote(input) + ": " + cause);
        this.function = function;
        this.input = input;
        this.kind = kind;
        this.cause = cause;
    }

    static GoNumError syntax(String function, String input) {
        return new GoNumError(function, input, Kind.SYNTAX, "invalid syntax");
    }

    static GoNumError range(String function, String input) {
        return new GoNumError(function, input, Kind.RANGE, "value out of range");
    }

    static GoNumError other(String function, String input, String cause) {
        return new GoNumError(function, input, Kind.OTHER, cause);
    }

    /** The Go function name without package, e.g. {@code ParseInt}. */
    public String function() {
        return function;
    }

    /** The text that failed to parse. */
    public String input() {
        return input;
    }

    public Kind kind() {
        return kind;
    }

    /** The inner error text: {@code invalid syntax}, {@code value out of range}, {@code invalid base 1}, ... */
    public String causeText() {
        return cause;
    }
}
