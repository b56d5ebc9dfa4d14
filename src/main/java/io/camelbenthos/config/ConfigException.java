package io.camelbenthos.config;

import java.util.List;

/**
 * One or more config errors, each formatted as {@code path:line:col: message} and kept to exactly one line (line
 * breaks in a message are escaped); nothing may start.
 */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> errors;
    private final boolean lintOnly;

    public ConfigException(List<String> errors) {
        this(errors, false);
    }

    /** @param lintOnly every error is one Benthos only lints ({@code --chilled} would run the config) */
    public ConfigException(List<String> errors, boolean lintOnly) {
        super(String.join("\n", oneLineEach(errors)));
        this.errors = oneLineEach(errors);
        this.lintOnly = lintOnly;
    }

    public ConfigException(Position position, String message) {
        this(List.of(position + ": " + message));
    }

    public List<String> errors() {
        return errors;
    }

    public boolean lintOnly() {
        return lintOnly;
    }

    private static List<String> oneLineEach(List<String> errors) {
        return errors.stream().map(OneLine::of).toList();
    }
}
