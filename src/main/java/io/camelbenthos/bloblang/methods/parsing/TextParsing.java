package io.camelbenthos.bloblang.methods.parsing;

import io.camelbenthos.bloblang.formats.FormatException;
import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.value.ValueType;

/** The skeleton the text {@code parse_*} methods share: target to text, parse, parse errors as method failures. */
final class TextParsing {
    private TextParsing() {
    }

    /** One text format's parser. */
    @FunctionalInterface
    interface TextParser<T> {
        T parse(String text) throws FormatException;
    }

    /** Parses a string or bytes (as UTF-8) target; a parse error fails with the parser's own message. */
    static <T> T parse(Object target, TextParser<T> parser) {
        String text = text(target);
        try {
            return parser.parse(text);
        } catch (FormatException e) {
            throw Errors.failure(e.getMessage());
        }
    }

    /** As {@link #parse(Object, TextParser)}, but a parse error reads "failed to parse value as {format}: ...". */
    static <T> T parse(Object target, String format, TextParser<T> parser) {
        String text = text(target);
        try {
            return parser.parse(text);
        } catch (FormatException e) {
            throw Errors.failure("failed to parse value as " + format + ": " + e.getMessage());
        }
    }

    private static String text(Object target) {
        if (target instanceof String s) {
            return s;
        }
        if (target instanceof byte[] b) {
            return GoUtf8.string(b);
        }
        throw Errors.typeError(target, ValueType.STRING);
    }
}
