package io.camelbenthos.bloblang.parser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A parser failure at a rune position (Go {@code parser.Error}): what was expected there and, for fatal failures, a
 * message. Non-fatal failures let sibling alternatives be tried; fatal ones stop parsing.
 */
final class ParseError {
    final int pos;
    final List<String> expected;
    final String message;

    ParseError(int pos, List<String> expected, String message) {
        this.pos = pos;
        this.expected = expected;
        this.message = message;
    }

    boolean fatal() {
        return message != null;
    }

    ParseError withExpected(String... exp) {
        return fatal() ? this : new ParseError(pos, List.of(exp), null);
    }

    /** Go {@code MustBe}: a non-fatal failure becomes fatal ("required"). */
    ParseError required() {
        return fatal() ? this : new ParseError(pos, expected, "required");
    }

    /** Go {@code Error.Add}: merge the expectations of a sibling failure. */
    ParseError add(ParseError other) {
        List<String> exp = new ArrayList<>(expected);
        exp.addAll(other.expected);
        return new ParseError(pos, exp, message != null ? message : other.message);
    }

    /** Go {@code errorMsg(false)}. */
    String describe(boolean atEnd) {
        String msg = message == null ? "" : message;
        if (expected.isEmpty()) {
            if (msg.isEmpty()) {
                msg = atEnd ? "encountered unexpected end of input" : "encountered unexpected input";
            }
            return msg;
        }
        if (!msg.isEmpty()) {
            msg += ": ";
        }
        List<String> exp = new ArrayList<>(new LinkedHashSet<>(expected));
        StringBuilder sb = new StringBuilder("expected ");
        for (int i = 0; i < exp.size(); i++) {
            if (i == exp.size() - 1 && i > 0) {
                if (exp.size() > 2) {
                    sb.append(',');
                }
                sb.append(" or ");
            } else if (i > 0) {
                sb.append(", ");
            }
            sb.append(exp.get(i));
        }
        return msg + sb;
    }

    /** Thrown for fatal failures; carries no stack trace (parse errors are ordinary user input). */
    static final class Fatal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ParseError error;

        Fatal(ParseError error) {
            super(error.message, null, false, false);
            this.error = error;
        }
    }
}
