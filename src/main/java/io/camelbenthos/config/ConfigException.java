package io.camelbenthos.config;

import java.util.List;

/**
 * One or more config errors, each formatted as {@code path:line:col: message} and kept to exactly one line (line
 * breaks in a message are escaped); nothing may start.
 */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> errors;

    public ConfigException(List<String> errors) {
        super(String.join("\n", oneLineEach(errors)));
        this.errors = oneLineEach(errors);
    }

    public ConfigException(Position position, String message) {
        this(List.of(position + ": " + message));
    }

    public List<String> errors() {
        return errors;
    }

    private static List<String> oneLineEach(List<String> errors) {
        return errors.stream().map(OneLine::of).toList();
    }
}
