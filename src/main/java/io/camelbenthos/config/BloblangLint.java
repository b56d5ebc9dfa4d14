package io.camelbenthos.config;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the Bloblang mappings and interpolated strings of a config at lint time and reports the engine's errors at
 * their place in the file: the engine's {@code line L char C} is relative to the string, so it is offset by where
 * the string's content starts (after a quote, or on the line after a {@code |} block indicator).
 */
final class BloblangLint {
    /** Mapping errors carry {@code line L char C: }, interpolation errors {@code char C: } (always line 1). */
    private static final Pattern POSITIONED = Pattern.compile("(?s)^(?:line (\\d+) )?char (\\d+): (.*)$");

    private final Problems problems;

    BloblangLint(Problems problems) {
        this.problems = problems;
    }

    void checkMapping(YamlNode.Scalar scalar) {
        if (scalar.value().isBlank()) {
            return;
        }
        try {
            Bloblang.parse(scalar.value());
        } catch (BloblangException e) {
            report(scalar, e.getMessage());
        }
    }

    void checkInterpolation(YamlNode.Scalar scalar) {
        if (!scalar.value().contains("${!")) {
            return;
        }
        try {
            InterpolatedString.parse(scalar.value());
        } catch (BloblangException e) {
            report(scalar, e.getMessage());
        }
    }

    private void report(YamlNode.Scalar scalar, String message) {
        Matcher m = POSITIONED.matcher(message == null ? "" : message);
        if (!m.matches()) {
            problems.add(scalar.position(), message);
            return;
        }
        int line = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        int column = Integer.parseInt(m.group(2));
        Position start = scalar.position();
        Position at;
        if (scalar.block()) {
            at = new Position(start.file(), start.line() + line, scalar.contentIndent() + column - 1);
        } else if (line == 1) {
            at = new Position(start.file(), start.line(), start.column() + column - 1 + (scalar.quoted() ? 1 : 0));
        } else {
            // A multi-line flow scalar: continuation lines lose their indentation when folded, so the column is
            // only approximate there.
            at = new Position(start.file(), start.line() + line - 1, column);
        }
        problems.add(at, m.group(3));
    }
}
