package io.camelbenthos.bloblang.plugin;

import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.List;

/**
 * Go {@code value.TypeError}: {@code expected <t1>[, <t2>] or <tn> value, got <actual>[ from <annotation>][ (<v>)]}.
 * The annotation is filled in by the engine when the error leaves a method or operator.
 */
public final class TypeError extends QueryException {
    private static final long serialVersionUID = 1L;

    private final String from;
    private final List<ValueType> expected;
    private final ValueType actual;
    private final String valueText;

    TypeError(String from, List<ValueType> expected, ValueType actual, String valueText) {
        super("", false);
        this.from = from;
        this.expected = expected;
        this.actual = actual;
        this.valueText = valueText;
    }

    /** A type error about {@code value}; the value is shown for strings (quoted), numbers and bools. */
    public static TypeError of(String from, Object value, ValueType... expected) {
        ValueType actual = ValueType.of(value);
        String text = "";
        if (actual == ValueType.STRING) {
            text = "\"" + value + "\"";
        } else if (actual == ValueType.BOOL || actual == ValueType.NUMBER) {
            text = Values.toGoString(value);
        }
        return new TypeError(from, List.of(expected), actual, text);
    }

    /** Go {@code ErrFrom} on a type error: fills in an empty {@code from}, never adds a prefix. */
    @Override
    public QueryException from(String annotation) {
        if (!from.isEmpty()) {
            return this;
        }
        return new TypeError(annotation, expected, actual, valueText);
    }



    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder(64);
        if (expected.isEmpty()) {
            sb.append("unexpected value");
        } else {
            sb.append("expected ");
            int n = expected.size();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(n > 2 && i < n - 1 ? ", " : " or ");
                }
                sb.append(expected.get(i).text());
            }
            sb.append(" value");
        }
        sb.append(", got ").append(actual.text());
        if (!from.isEmpty()) {
            sb.append(" from ").append(from);
        }
        if (!valueText.isEmpty()) {
            sb.append(" (").append(valueText).append(')');
        }
        return sb.toString();
    }
}
