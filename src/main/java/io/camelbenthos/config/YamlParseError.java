package io.camelbenthos.config;

import io.camelbenthos.bloblang.go.GoStrconv;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.ScannerException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The message for a YAML syntax error, as one line: {@code failed to parse YAML: } and snakeyaml's problem. The
 * character snakeyaml quotes raw ({@code found \n(10)}, a line break in the middle of the message) is written as a
 * Go rune literal ({@code found '\n'}), and a scanner error says which token it was reading ({@code while scanning
 * an anchor}), which is what tells the reader that {@code &} or {@code %} has a meaning in YAML.
 */
final class YamlParseError {
    private static final String PREFIX = "failed to parse YAML: ";

    /** snakeyaml's {@code found X(N)} and {@code found 'X' (N)}, X being the character whose code point is N. */
    private static final Pattern RAW_CHARACTER = Pattern.compile("(?s)\\b(found|character) (?:'(.)' |(.))\\((\\d+)\\)");

    private YamlParseError() {
    }

    static String message(MarkedYamlEngineException e) {
        String problem = readableCharacters(e.getProblem());
        String context = e.getContext();
        if (e instanceof ScannerException && context != null && !context.isBlank()) {
            return PREFIX + context + ": " + problem;
        }
        return PREFIX + problem;
    }

    static String message(ReaderException e) {
        return PREFIX + e.getMessage() + ", found " + GoStrconv.quoteRune(e.getCodePoint());
    }

    static String message(YamlEngineException e) {
        return PREFIX + e.getMessage();
    }

    private static String readableCharacters(String problem) {
        Matcher m = RAW_CHARACTER.matcher(problem);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String character = m.group(2) != null ? m.group(2) : m.group(3);
            int codePoint = character.codePointAt(0);
            String replacement = m.group(4).equals(Integer.toString(codePoint))
                    ? m.group(1) + " " + GoStrconv.quoteRune(codePoint)
                    : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
